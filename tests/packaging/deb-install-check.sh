#!/usr/bin/env bash
# Usage: deb-install-check.sh BUILD_DIR VERSION
# Packs the build tree as a .deb, installs it with dpkg -i (as root, or through sudo -n) and checks the
# installed binaries and files. Fails loudly if it cannot install: it never pretends.
set -euo pipefail
build_dir=$1
version=$2

cd "$build_dir"
rm -f smtpaudit_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls smtpaudit_*.deb)
echo "built $deb ($(stat -c %s "$deb") bytes)"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo -n); fi
"${sudo[@]}" dpkg -i "$deb"

installed=$(dpkg-query -W -f='${Version}' smtpaudit)
[ "$installed" = "$version" ] || { echo "installed version $installed, expected $version" >&2; exit 1; }

out=$(/usr/bin/smtpaudit-cli --version)
echo "installed: $out"
[ "$out" = "smtpaudit-cli $version" ] || { echo "unexpected --version output: $out" >&2; exit 1; }

for f in /usr/bin/smtpaudit /usr/share/applications/io.github.smtpaudit.smtpaudit.desktop \
         /usr/share/metainfo/io.github.smtpaudit.smtpaudit.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.smtpaudit.smtpaudit.svg; do
    [ -e "$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
# The GUI binary starts and answers --version without a display server.
QT_QPA_PLATFORM=offscreen /usr/bin/smtpaudit --version | grep -q "$version"
echo "DEB installed and runs"
