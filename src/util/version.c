/* precis_version: the version compiled into the library, for a program
 * whose shared library may not be the one its header came with. */
#include "precis.h"

PRECIS_API const char *precis_version(void)
{
    return PRECIS_VERSION_STRING;
}
