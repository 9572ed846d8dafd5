#include <stdio.h>
#include "precis.h"
int main(void)
{
    puts(precis_strerror(PRECIS_OK));
    return 0;
}
