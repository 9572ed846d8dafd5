# Front door: `make run` and `make test` set up a fresh Debian 12 machine
# (missing build dependencies are installed with apt-get), build, and run.
BUILD ?= build
BUILD_TYPE ?= Release
JOBS ?= 2
DEPS = cmake gcc make pkg-config libstemmer-dev libutf8proc-dev libjansson-dev \
       libgumbo-dev libglpk-dev zlib1g-dev python3 libicu-dev libexttextcat-dev
# The Python package (python/, `make python`) and its tests: Debian's Python
# with CFFI, pytest, Dask and pip (for `python3 -m pip install ./python`).
DEPS += python3-cffi python3-pytest python3-dask python3-distributed python3-pandas \
        python3-setuptools python3-pip python3-venv
VALGRIND = valgrind --error-exitcode=99 --leak-check=full \
           --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect -q
FUZZ_SECONDS ?= 60
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE = examples/volcano

.PHONY: all deps build pgo run test install clean check-asan check-valgrind fuzz train stems \
        python

all: build

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# Profile-guided optimisation (GCC; PGO=0 builds without): the first build
# of a build directory compiles the program instrumented, summarizes the
# bundled example with it (PGO_RUN) to count which branches and calls are
# hot, then compiles everything with those counts.  About 10 % fewer
# instructions on a 10,000-word cluster, the same output; later builds reuse
# the profile (`make pgo` renews it).
PGO ?= 1
PGO_DIR = $(abspath $(BUILD))/pgo-profile
PGO_RUN = for w in 40 120 250; do for f in text json markdown; do \
	    ./$(BUILD)/precis -w $$w -f $$f $(EXAMPLE) >/dev/null || exit 1; done; done; \
	  ./$(BUILD)/precis digest $(EXAMPLE) >/dev/null
ifeq ($(PGO),1)
PGO_MODE = USE
PGO_STAMP = $(PGO_DIR)/done
else
PGO_MODE = OFF
PGO_STAMP =
endif

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

$(PGO_DIR)/done:
	rm -rf $(PGO_DIR)
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPRECIS_PGO=GENERATE \
	  -DPRECIS_PGO_DIR=$(PGO_DIR) >/dev/null
	cmake --build $(BUILD) -j $(JOBS) --target precis
	$(PGO_RUN)
	touch $@

pgo: deps
	rm -rf $(PGO_DIR)
	$(MAKE) build

build: deps $(BUILD)/Makefile $(PGO_STAMP)
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPRECIS_PGO=$(PGO_MODE) \
	  -DPRECIS_PGO_DIR=$(PGO_DIR) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/precis -w 120 -f markdown $(EXAMPLE)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD)

# The Python package over the shared library of $(BUILD): records the
# library's path in python/precis/_libpath.py (not tracked), so that
# `PYTHONPATH=python python3` and `python3 -m pip install ./python` use it
# (docs/python.md).  Without that file the package looks for the installed
# library (`make install`).
python: build
	printf '# Written by make python: the libprecis the package loads first.\nLIBRARY = "%s"\n' \
	  "$(abspath $(BUILD))/libprecis.so.0" > python/precis/_libpath.py
	PYTHONPATH=python /usr/bin/python3 -c 'import precis; print("precis", precis.__version__, "->", precis.LIBRARY_PATH)'

# Regenerates the learned concept weights from Multi-News train (never val).
TRAIN_DATA ?= ../shared/data/multinews/train-10k.jsonl.gz
train: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS) --target precis-train
	./$(BUILD)/precis-train $(TRAIN_DATA) > src/rank/learned_weights.inc.tmp
	mv src/rank/learned_weights.inc.tmp src/rank/learned_weights.inc
	cmake --build $(BUILD) -j $(JOBS)

# Regenerates the table of frequent word forms' Snowball stems from the same
# training file (tools/make_stems.c); tests/unit/test_stems.c checks it.
stems: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS) --target precis-stems
	./$(BUILD)/precis-stems $(TRAIN_DATA) > src/text/stem_table.inc.tmp
	mv src/text/stem_table.inc.tmp src/text/stem_table.inc
	cmake --build $(BUILD) -j $(JOBS)

# The whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (LSan
# included): any report fails the test that triggered it.
check-asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRECIS_SANITIZE=ON >/dev/null
	cmake --build build-asan -j $(JOBS)
	cd build-asan && PRECIS_SANITIZED=1 \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

# The whole suite under valgrind memcheck: unit tests and fuzz replays via
# PRECIS_TEST_WRAPPER, CLI calls of the e2e tests via PRECIS_WRAPPER
# (tests/e2e/util.py).  The timing tests skip themselves (too slow).
check-valgrind: deps
	@command -v valgrind >/dev/null || $(MAKE) DEPS=valgrind deps
	cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  "-DPRECIS_TEST_WRAPPER=$(shell echo $(VALGRIND) | tr ' ' ';')" >/dev/null
	cmake --build build-valgrind -j $(JOBS)
	cd build-valgrind && PRECIS_WRAPPER="$(VALGRIND)" ctest --output-on-failure -j $(JOBS)

# libFuzzer campaign (clang): every target of fuzz/targets.txt for
# FUZZ_SECONDS each.
fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan build-valgrind build-fuzz fuzz/out
