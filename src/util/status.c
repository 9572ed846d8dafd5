#include "precis.h"

PRECIS_API const char *precis_strerror(precis_status status)
{
    switch (status) {
    case PRECIS_OK:
        return "success";
    case PRECIS_ENOMEM:
        return "out of memory";
    case PRECIS_EINVAL:
        return "invalid argument";
    case PRECIS_EIO:
        return "input/output error";
    case PRECIS_EPARSE:
        return "malformed input";
    case PRECIS_ELIMIT:
        return "input exceeds a limit";
    case PRECIS_EMETHOD:
        return "unknown method";
    case PRECIS_EEMPTY:
        return "no text in input";
    }
    return "unknown status";
}
