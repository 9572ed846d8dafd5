# Front door.  `make run` on a fresh Debian 12 clone installs the missing
# build dependencies (apt-get), builds the library and the program, and
# summarizes examples/volcano.  Build output goes to $(BUILD)/build.log and is
# shown only when a step fails.  `make test` builds and runs the whole suite.
BUILD ?= build
BUILD_TYPE ?= Release
JOBS ?= 2
# Debian packages that building the library and the program needs (CMake's
# configure step needs python3 for the test scripts it registers) ...
DEPS = cmake gcc make pkg-config libstemmer-dev libutf8proc-dev libjansson-dev \
       libgumbo-dev libuchardet-dev libglpk-dev zlib1g-dev libmicrohttpd-dev libsqlite3-dev python3
# The Python package (python/, `make python`: CFFI in ABI mode, and
# `python3 -m pip install ./python` in a venv): Debian's.
DEPS_PYTHON = python3-cffi python3-setuptools python3-pip python3-venv
# ... and those that only the tests, the table generators or CI need (the
# browser tests drive Debian's chromium through puppeteer-core from npm,
# pinned in tests/browser/package-lock.json; the Python tests use pytest and Dask).
DEPS_TEST = libicu-dev libexttextcat-dev chromium curl $(DEPS_PYTHON) \
            python3-pytest python3-dask python3-distributed python3-pandas \
            $(if $(shell command -v npm 2>/dev/null),,nodejs npm)
# --trace-children=yes: `precis serve` execs precis-serve (session 27);
# without it memcheck checked only the first part, the server not at all.
VALGRIND = valgrind --error-exitcode=99 --leak-check=full --trace-children=yes \
           --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect -q
FUZZ_SECONDS ?= 60
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE = examples/volcano
# What `make build` builds: the static and shared library and the program.
# `make test` builds every target but the generators (tools/generate.py
# builds those it runs).
BUILD_TARGETS ?= precis precis_static precis_shared
MAKEFLAGS += --no-print-directory

.PHONY: all deps deps-test build pgo run test install clean check-asan check-tsan check-valgrind \
        fuzz generate check-generated train stems bench serve story-df python deps-python

all: build

# $(call logged,LOG,COMMANDS): runs COMMANDS (a shell list) with their output
# appended to LOG; when they fail, prints LOG's last 60 lines and stops.
define logged
mkdir -p $(dir $(1)) && if ! { $(2) ; } >>$(1) 2>&1; then \
  tail -n 60 $(1); echo "precis: failed; the whole log is $(1)"; exit 1; fi
endef

# $(call install-missing,PACKAGES): apt-get installs those not installed.
# apt-get waits up to 10 minutes for dpkg's lock rather than failing at
# once: a fresh machine's unattended upgrades, or a second `make` in
# another checkout, may hold it for a while.
APT_WAIT = -o DPkg::Lock::Timeout=600
define install-missing
@command -v dpkg-query >/dev/null || { echo "precis: no dpkg; install by hand: $(1)"; exit 0; }; \
missing=""; for p in $(1); do \
  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  echo "precis: installing$$missing (apt-get; log: $(BUILD)/deps.log)"; \
  $(call logged,$(BUILD)/deps.log,$(SUDO) apt-get $(APT_WAIT) update -q && \
    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get $(APT_WAIT) install -y -q $$missing); \
fi
endef

deps:
	$(call install-missing,$(DEPS))

deps-test: deps
	$(call install-missing,$(DEPS_TEST))
	@[ -d tests/browser/node_modules/puppeteer-core ] || \
	  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

# Profile-guided optimisation (GCC), off unless PGO=1: the first such build
# of a build directory compiles the program instrumented, summarizes the
# bundled example with it (PGO_RUN) to count which branches and calls are
# hot, then compiles the library and the program with those counts.  About
# 10 % fewer instructions on a 10,000-word cluster, the same output; later
# PGO=1 builds reuse the profile (`make pgo` renews it).  It compiles twice,
# so `make run` and `make test` leave it off; `make bench` and packagers
# (`make build PGO=1`) use it.
PGO ?= 0
PGO_DIR = $(abspath $(BUILD))/pgo-profile
PGO_RUN = for w in 40 120 250; do for f in text json markdown; do \
	    $(BUILD)/precis -w $$w -f $$f $(EXAMPLE) >/dev/null || exit 1; done; done; \
	  $(BUILD)/precis digest $(EXAMPLE) >/dev/null
ifeq ($(PGO),1)
PGO_MODE = USE
PGO_STAMP = $(PGO_DIR)/done
else
PGO_MODE = OFF
PGO_STAMP =
endif
CONFIGURE = cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DPRECIS_PGO_DIR=$(PGO_DIR)
LOG = $(BUILD)/build.log

$(PGO_DIR)/done:
	@echo "precis: profile-guided build: instrumented program, training run (log: $(LOG))"
	@rm -rf $(PGO_DIR)
	@$(call logged,$(LOG),$(CONFIGURE) -DPRECIS_PGO=GENERATE && \
	  cmake --build $(BUILD) -j $(JOBS) --target precis && $(PGO_RUN))
	@touch $@

pgo: deps
	rm -rf $(PGO_DIR)
	$(MAKE) build PGO=1

build: deps $(PGO_STAMP)
	@echo "precis: building $(BUILD_TARGETS) in $(BUILD)/$(if $(PGO_STAMP), with the profile) (log: $(LOG))"
	@start=$$(date +%s); \
	$(call logged,$(LOG),$(CONFIGURE) -DPRECIS_PGO=$(PGO_MODE) && \
	  cmake --build $(BUILD) -j $(JOBS) --target $(BUILD_TARGETS)); \
	echo "precis: built in $$(( $$(date +%s) - start )) s"

run: build
	@echo "precis: $(BUILD)/precis -w 120 -f markdown $(EXAMPLE)"
	@echo
	@$(BUILD)/precis -w 120 -f markdown $(EXAMPLE)

# The HTTP server on 127.0.0.1:8080 with a store filled from examples/
# (docs/api.md); Ctrl-C stops it.
SERVE_DB ?= $(BUILD)/serve-examples.db
serve: build
	python3 tools/serve_examples.py ./$(BUILD)/precis $(SERVE_DB)

# Every target (library, program, unit tests, fuzz replays, bench helpers),
# then the whole suite.
test: deps-test
	@$(MAKE) build BUILD_TARGETS=all
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD)

# The Python package over the shared library of $(BUILD): records the
# library's path in python/precis/_libpath.py (not tracked), so that
# `PYTHONPATH=python python3` and `python3 -m pip install ./python` use it
# (docs/python.md).  Without that file the package looks for the installed
# library (`make install`).
deps-python: deps
	$(call install-missing,$(DEPS_PYTHON))

python: deps-python build
	printf '# Written by make python: the libprecis the package loads first.\nLIBRARY = "%s"\n' \
	  "$(abspath $(BUILD))/libprecis.so.0" > python/precis/_libpath.py
	PYTHONPATH=python /usr/bin/python3 -c 'import precis; print("precis", precis.__version__, "->", precis.LIBRARY_PATH)'

# Generated tables (tools/generate.py lists them, with their generators and
# inputs): `make generate` rebuilds them all from their sources (TABLES=name
# ... for some: stopwords lexicon rouge stems learned); `make
# check-generated` regenerates them into $(BUILD)/generated and fails on any
# difference from the tracked files (CI runs it).  Inputs from
# ../shared/data (DATA): Multi-News train, never val; ROUGE-1.5.5's lists.
DATA ?= ../shared/data
TABLES ?=
GENERATE = python3 tools/generate.py --build $(BUILD) --data $(DATA) --jobs $(JOBS)
generate: deps
	@$(call logged,$(LOG),$(CONFIGURE) -DPRECIS_PGO=$(PGO_MODE))
	@$(GENERATE) $(TABLES)

check-generated: deps
	@$(call logged,$(LOG),$(CONFIGURE) -DPRECIS_PGO=$(PGO_MODE))
	@$(GENERATE) --check $(TABLES)

# The learned weights and lexicon (tools/train.c), the stem table
# (tools/make_stems.c), the story document frequencies (tools/make_story_df.c):
# `make generate` for one table.
train:
	@$(MAKE) generate TABLES=learned
stems:
	@$(MAKE) generate TABLES=stems
# The document frequencies story clustering starts from (tools/make_story_df.c).
story-df:
	@$(MAKE) generate TABLES=story-df

# The speed and quality benchmarks (bench/), on a profile-guided build with
# their helper programs.  Prints figures; never fails on them.
bench: deps
	@$(MAKE) build PGO=1 BUILD_TARGETS="precis precis-cpu precis-baselines"
	bench/cluster10k.sh
	bench/speed.sh
	bench/quality.sh

# The whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (LSan
# included): any report fails the test that triggered it.
check-asan: deps-test
	@echo "precis: building the suite with ASan + UBSan in build-asan/ (log: build-asan/build.log)"
	@$(call logged,build-asan/build.log,cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPRECIS_SANITIZE=ON && cmake --build build-asan -j $(JOBS))
	@cd build-asan && PRECIS_SANITIZED=1 \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

# The tests that run the library in several threads at once, built with
# ThreadSanitizer: the server's (its worker threads; test_serve_concurrent
# compares every answer under load with the answer alone), precis batch -j
# (test_cli) and the Python package's threads (test_threads, with the TSan
# runtime preloaded by python/tests/run.py).  A report fails the test (exit
# status 66, and tests/e2e/util.py reads the server's stderr).  The other
# tests run one thread: TSan has nothing to see there; the browser's tests
# (one page at a time) are left to `make test`, their timings to chromium.
TSAN_TESTS = e2e/test_serve_|e2e/test_cli$$|python/test_threads
TSAN_SKIP = e2e/test_serve_browser
check-tsan: deps-test
	@echo "precis: building with ThreadSanitizer in build-tsan/ (log: build-tsan/build.log)"
	@$(call logged,build-tsan/build.log,cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPRECIS_SANITIZE_THREAD=ON && cmake --build build-tsan -j $(JOBS))
	@cd build-tsan && PRECIS_SANITIZED=thread TSAN_OPTIONS=exitcode=66 \
	  ctest --output-on-failure -j $(JOBS) -R '$(TSAN_TESTS)' -E '$(TSAN_SKIP)'

# The whole suite under valgrind memcheck: unit tests and fuzz replays via
# PRECIS_TEST_WRAPPER, CLI calls of the e2e tests via PRECIS_WRAPPER
# (tests/e2e/util.py), following `precis serve` into precis-serve
# (--trace-children).  The timing tests skip themselves (too slow).
# VALGRIND_TESTS=REGEX runs only those tests (e.g. e2e/test_serve_).
check-valgrind: deps-test
	@$(MAKE) DEPS=valgrind deps
	@echo "precis: building the suite in build-valgrind/ (log: build-valgrind/build.log)"
	@$(call logged,build-valgrind/build.log,cmake -S . -B build-valgrind \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  "-DPRECIS_TEST_WRAPPER=$(shell echo $(VALGRIND) | tr ' ' ';')" && \
	  cmake --build build-valgrind -j $(JOBS))
	@cd build-valgrind && PRECIS_WRAPPER="$(VALGRIND)" ctest --output-on-failure -j $(JOBS) \
	  $(if $(VALGRIND_TESTS),-R '$(VALGRIND_TESTS)')

# libFuzzer campaign (clang): every target of fuzz/targets.txt for
# FUZZ_SECONDS each.
fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan build-valgrind build-fuzz fuzz/out
