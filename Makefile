# Front door: `make run` and `make test` set up a fresh Debian 12 machine
# (missing build dependencies are installed with apt-get), build, and run.
BUILD ?= build
BUILD_TYPE ?= Release
JOBS ?= 2
DEPS = cmake gcc make pkg-config libstemmer-dev libutf8proc-dev libjansson-dev \
       libgumbo-dev libglpk-dev zlib1g-dev libmicrohttpd-dev libsqlite3-dev python3 libicu-dev libexttextcat-dev
VALGRIND = valgrind --error-exitcode=99 --leak-check=full \
           --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect -q
# What the tests need beyond the build: the browser tests drive Debian's
# chromium through puppeteer-core (npm, pinned in tests/browser/package-lock.json).
TEST_DEPS = chromium curl
FUZZ_SECONDS ?= 60
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE = examples/volcano

.PHONY: all deps build pgo run test install clean check-asan check-valgrind fuzz train stems serve test-deps story-df

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

# The HTTP server on 127.0.0.1:8080 with a store filled from examples/
# (docs/api.md); Ctrl-C stops it.
SERVE_DB ?= $(BUILD)/serve-examples.db
serve: build
	python3 tools/serve_examples.py ./$(BUILD)/precis $(SERVE_DB)

test-deps: deps
	@$(MAKE) --no-print-directory DEPS="$(TEST_DEPS)" deps
	@command -v node >/dev/null && command -v npm >/dev/null || $(MAKE) --no-print-directory DEPS="nodejs npm" deps
	@[ -d tests/browser/node_modules/puppeteer-core ] || npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

test: build test-deps
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD)

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

# Regenerates the document frequencies that story clustering starts from
# (tools/make_story_df.c), from the same training file.
story-df: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS) --target precis-story-df
	./$(BUILD)/precis-story-df $(TRAIN_DATA) > src/stories/story_df.inc.tmp
	mv src/stories/story_df.inc.tmp src/stories/story_df.inc
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
