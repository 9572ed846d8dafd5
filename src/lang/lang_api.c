/* Public entry points of the language profiles (precis.h). */
#include "precis.h"
#include "lang/lang.h"

PRECIS_API const char *precis_language_identify(const char *text, size_t len)
{
    if (!text && len)
        return "und";
    return pc_lang_identify(text, len)->code;
}

PRECIS_API size_t precis_language_count(void)
{
    return pc_lang_count();
}

PRECIS_API const char *precis_language_code(size_t i)
{
    const pc_lang *l = pc_lang_at(i);
    return l ? l->code : NULL;
}

PRECIS_API const char *precis_language_name(size_t i)
{
    const pc_lang *l = pc_lang_at(i);
    return l ? l->name : NULL;
}
