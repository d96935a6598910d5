#!/usr/bin/env bash
# Installs everything smtpaudit needs to build, run and test on Debian 12 (bookworm).
# Usage: installer/install-deps.sh [--runtime-only]
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build pkg-config git python3 file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libssl-dev libgl-dev libnghttp2-dev clang-format
)
runtime_packages=(
    qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
    dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core fonts-noto-core fonts-noto-cjk
)
test_packages=(
    xvfb xauth x11-utils poppler-utils desktop-file-utils appstream
    postfix dovecot-core openssl ca-certificates
)

packages=("${runtime_packages[@]}")
if [ "${1:-}" != "--runtime-only" ]; then
    packages+=("${build_packages[@]}" "${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}"
# postfix asks a debconf question on install; answer it ("No configuration": the tests configure
# their own private instance).
echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
