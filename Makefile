# Front door: `make run` and `make test` set up a fresh Debian 12 machine
# (missing build dependencies are installed with apt-get), build, and run.
BUILD ?= build
BUILD_TYPE ?= Release
JOBS ?= 2
DEPS = cmake gcc make pkg-config libstemmer-dev libutf8proc-dev libjansson-dev \
       libgumbo-dev libglpk-dev zlib1g-dev python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EXAMPLE = examples/volcano

.PHONY: all deps build run test install clean train

all: build

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/precis -w 120 -f markdown $(EXAMPLE)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD)

# Regenerates the learned concept weights from Multi-News train (never val).
TRAIN_DATA ?= ../shared/data/multinews/train-10k.jsonl.gz
train: build
	./$(BUILD)/precis-train $(TRAIN_DATA) > src/rank/learned_weights.inc.tmp
	mv src/rank/learned_weights.inc.tmp src/rank/learned_weights.inc
	cmake --build $(BUILD) -j $(JOBS)

clean:
	rm -rf $(BUILD) build-asan
