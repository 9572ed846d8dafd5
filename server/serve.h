/* The entry point of `precis serve`, called by the CLI's dispatcher. */
#ifndef PRECIS_SERVER_SERVE_H
#define PRECIS_SERVER_SERVE_H

/* Runs the server until SIGTERM or SIGINT; argv[0] is "serve".  Returns the
 * process exit status (0 after a clean stop, 1 when the store or the socket
 * cannot be opened, 2 for a bad option). */
int precis_serve_main(int argc, char **argv);

#endif
