# Sourced by the bench scripts that link a C tool of bench/ against
# libprecis.a: `bench_cc NAME` builds bench/NAME.c into a temporary
# directory, removed when the script exits, and sets BIN to the program.
# SRC (the source tree) and BUILD (the build directory) must be set.
bench_cc() {
    BIN=$(mktemp -d)/$1
    trap 'rm -rf "$(dirname "$BIN")"' EXIT
    cc -O2 -std=c11 -D_DEFAULT_SOURCE -I"$SRC/include" -I"$SRC/src" "$SRC/bench/$1.c" \
        "$BUILD/libprecis.a" $(pkg-config --libs libutf8proc jansson gumbo zlib) \
        -lstemmer -lglpk -lpthread -lm -o "$BIN"
}
