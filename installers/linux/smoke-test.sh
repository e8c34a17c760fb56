#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg -i, runs the installed program's --version and its
# headless self-check (doctor), then removes the package and checks nothing is left behind.
# Needs root (CI runs as root). Used by .ci/run.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SUDO=""
[[ "$(id -u)" -ne 0 ]] && SUDO="sudo"

"$HERE/../build.sh" deb
DEB="$(ls "$HERE"/../target/counterdesk_*_amd64.deb | head -1)"

# Runtime libraries the package declares (jpackage adds the X11/ALSA libraries JavaFX links to),
# and the menu folders a desktop system has, so that dpkg -i can configure the package here.
DEPENDS="$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/([^)]*)//g; s/ //g' | grep -v '^$')"
missing=()
for p in $DEPENDS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing the package's runtime needs: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
$SUDO mkdir -p /usr/share/applications /usr/share/desktop-directories /usr/share/mime/packages

echo "== dpkg -i $(basename "$DEB")"
$SUDO dpkg -i "$DEB"
trap '$SUDO dpkg -r counterdesk >/dev/null 2>&1 || true' EXIT

echo "== installed: counterdesk --version"
/opt/counterdesk/bin/counterdesk --version | tee /tmp/counterdesk-version.txt
grep -q '^CounterDesk ' /tmp/counterdesk-version.txt

echo "== installed: counterdesk doctor"
DOCTOR_DIR="$(mktemp -d)"
/opt/counterdesk/bin/counterdesk --data-dir "$DOCTOR_DIR" doctor --json | tee /tmp/counterdesk-doctor.json
grep -q '"ok" : true' /tmp/counterdesk-doctor.json
rm -rf "$DOCTOR_DIR"

echo "== dpkg -r counterdesk"
$SUDO dpkg -r counterdesk
trap - EXIT
if [[ -e /opt/counterdesk ]]; then
  echo "ERROR: /opt/counterdesk left behind after removal" >&2
  exit 1
fi
echo "installer smoke test passed"
