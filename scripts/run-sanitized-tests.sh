#!/usr/bin/env bash
# Builds transdrift with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DTRANSDRIFT_SANITIZE=address,undefined, the system compiler) in
# build-asan and runs the whole test suite under them: unit tests, CLI tests,
# the robustness tests and the replay of the fuzz seed corpus. Any sanitizer
# report is fatal, so it fails its test. .ci/run runs it after run-tests.sh.
#
# Left out: the installed-package test (TRANSDRIFT_INSTALL=OFF; a consumer
# would need the sanitizer runtime too), benchmarks and data tools (not
# tests). See docs/robustness.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup-debian.sh
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTRANSDRIFT_SANITIZE=address,undefined \
  -DTRANSDRIFT_INSTALL=OFF -DTRANSDRIFT_BUILD_BENCH=OFF -DTRANSDRIFT_BUILD_TOOLS=OFF
cmake --build build-asan

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Sanitized code is slower: give each test three times its usual timeout.
ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" --timeout 1500
