/* precis-serve: the program that `precis serve` runs.
 *
 * The server needs libmicrohttpd (and through it GnuTLS) and SQLite; loading
 * them costs a process about 6.8 M instructions before main (relocations and
 * the libraries' constructors, callgrind), 11 times what the rest of the
 * program's libraries cost.  So the server is a program of its own, and
 * `precis serve ...` replaces itself with it (src/cli/main.c): every other
 * command starts without those libraries.  Run directly it takes the same
 * arguments as `precis serve`. */
#include "serve.h"

int main(int argc, char **argv)
{
    return precis_serve_main(argc, argv);
}
