#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: installs what is missing, builds sjsj, and runs the
# Banan 2026 example year end to end (examples/banan-2026/run-year.sh) into out/banan-2026.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
exec examples/banan-2026/run-year.sh build/sjsj out/banan-2026
