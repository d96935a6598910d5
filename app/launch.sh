#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds smtpaudit and starts the GUI on the built-in sample tenant.
# Usage: app/launch.sh [small|medium|large]
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)" --target smtpaudit
exec build/dev/app/smtpaudit --sample-tenant "${1:-small}"
