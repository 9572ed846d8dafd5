/* util/json_pos.c: the byte where a member's value or an array's element
 * begins, past strings with escapes and brackets, nested values and white
 * space. */
#include "check.h"
#include "util/json_pos.h"

static size_t member(const char *json, const char *key)
{
    return pc_json_member_at(json, strlen(json), key, 999);
}

int main(void)
{
    const char *j = " { \"id\" : \"a\\\"}b\", \"n\": [1, {\"x\": \"]\"}, -2.5e3], \"text\":5 ,"
                    "\"t\\u0065xt\": 1, \"documents\" :[ \"s\" , {\"text\": []} ,null] } ";
    CHECK(member(j, "id") == strlen(" { \"id\" : "));
    CHECK(j[member(j, "n")] == '[');
    CHECK(j[member(j, "text")] == '5');
    CHECK(member(j, "missing") == 999);
    size_t docs = member(j, "documents");
    CHECK(j[docs] == '[');
    CHECK(j[pc_json_element_at(j, strlen(j), docs, 0)] == '"');
    CHECK(strncmp(j + pc_json_element_at(j, strlen(j), docs, 1), "{\"text\": []}", 12) == 0);
    CHECK(strncmp(j + pc_json_element_at(j, strlen(j), docs, 2), "null", 4) == 0);
    CHECK(pc_json_element_at(j, strlen(j), docs, 3) == docs); /* past the end */
    CHECK(pc_json_element_at(j, strlen(j), member(j, "id"), 0) == member(j, "id")); /* no array */
    CHECK(pc_json_member_at("[1]", 3, "id", 7) == 7);                               /* no object */
    CHECK(pc_json_member_at("{}", 2, "id", 7) == 7);
    CHECK(pc_json_member_at("{\"a\":{\"id\":1}}", 14, "id", 7) == 7); /* top level only */
    return check_done();
}
