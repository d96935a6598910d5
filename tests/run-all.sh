#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds smtpaudit with the `ci` preset (-Werror) and runs the whole test
# suite. The last line it prints is CTest's summary. Usage: tests/run-all.sh [extra ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)" "$@"
