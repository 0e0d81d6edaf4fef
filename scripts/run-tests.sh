#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds transdrift (Release) and runs every test.
# The README's test command and CI (.ci/run) both run exactly this:
#   bash scripts/setup-debian.sh && cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
#     && cmake --build build && ctest --test-dir build --output-on-failure
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
