#!/usr/bin/env bash
# Runs "$@" inside a private D-Bus session with a freshly created, unlocked gnome-keyring providing
# the Secret Service, so keychain tests use the real OS keychain and never the developer's own.
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool is missing (run installer/install-deps.sh)" >&2; exit 1; }
done

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/smtpaudit-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT
export HOME="$keyring_home"
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- bash -c '
    set -euo pipefail
    # --unlock creates the "login" keyring with this password and unlocks it; the password is a
    # throw-away for this private session only.
    eval "$(printf "smtpaudit-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
' with-keyring "$@"
