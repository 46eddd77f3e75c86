# A thin layer over CMake: `make demo` runs the main job, `make test` every test, `make bench` the
# benchmarks, `make fuzz` the property tests of test/node/property/ with many cases (JSINTEROP_FUZZ_RUNS,
# default 20000; a failure prints the JSINTEROP_FUZZ_SEED that replays it). Each installs what a
# fresh Debian 12 machine is missing first (tools/install-deps).
BUILD ?= build

.PHONY: all deps build demo test bench fuzz clean

all: build

deps:
	@tools/install-deps

$(BUILD)/build.ninja $(BUILD)/Makefile:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-22 -DCMAKE_C_COMPILER=clang-22

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j2

demo: build
	cmake --build $(BUILD) --target demo

test: build
	cmake --build $(BUILD) --target check

bench: build
	cmake --build $(BUILD) --target bench

JSINTEROP_FUZZ_RUNS ?= 20000
fuzz: build
	JSINTEROP_BUILD=$(BUILD) JSINTEROP_FUZZ_RUNS=$(JSINTEROP_FUZZ_RUNS) node --test test/node/property/

clean:
	rm -rf $(BUILD)
