#!/usr/bin/env bash
# Measures CounterDesk's start-up as a clerk gets it: the INSTALLED app (the .deb, or with --image the jpackage
# app image) opens its demo window under Xvfb; the app's start-up probe records, at the first rendered frame, the
# time since the process started and the resident memory (VmRSS), then quits.
#
#   installers/measure-startup.sh [--runs N] [--image] [--no-build] [--modes "default noshare ..."]
#
# Modes (each run N times):
#   default   the installed configuration: base CDS archive + the app archive recorded at install (`--help` run)
#   noshare   class-data sharing off (-Xshare:off): what the archives save
#   trained   the app archive recorded instead by one start up to the first frame (what a cheap fix would ship)
# Cold runs drop the page cache before each start when we are root and the kernel lets us; otherwise the runs are
# labelled "warm page cache". Prints min/median/max per mode and the machine's conditions (load average!).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNS=5
USE_IMAGE=0
BUILD=1
MODES="default noshare trained"
while (($#)); do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --image) USE_IMAGE=1; shift ;;
    --no-build) BUILD=0; shift ;;
    --modes) MODES="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v xvfb-run >/dev/null || { echo "xvfb-run is needed" >&2; exit 1; }
SUDO=""
[[ "$(id -u)" -ne 0 ]] && SUDO="sudo"

if ((USE_IMAGE)); then
  ((BUILD)) && "$HERE/build.sh" app-image
  APP_HOME="$HERE/target/image/counterdesk"
else
  if ((BUILD)); then
    "$HERE/build.sh" deb
    DEB="$(ls "$HERE"/target/counterdesk_*_amd64.deb | head -1)"
    $SUDO mkdir -p /usr/share/applications /usr/share/desktop-directories /usr/share/mime/packages
    $SUDO dpkg -i "$DEB" >/dev/null
  fi
  APP_HOME=/opt/counterdesk
fi
LAUNCHER="$APP_HOME/bin/counterdesk"
APPDIR="$APP_HOME/lib/app"
[[ -x "$LAUNCHER" ]] || { echo "no installed launcher at $LAUNCHER" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

can_drop_caches() { [[ "$(id -u)" -eq 0 ]] && sync && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; }
if can_drop_caches; then CACHE="cold (page cache dropped before each run)"; COLD=1; else CACHE="warm page cache"; COLD=0; fi

# One start to the first frame; prints "millis rssKiB sharing".
start_once() {
  local tool_options="$1" probe="$WORK/probe.json"
  rm -f "$probe"
  if ((COLD)); then can_drop_caches || true; fi
  COUNTERDESK_STARTUP_PROBE="$probe" COUNTERDESK_STARTUP_PROBE_EXIT=1 JAVA_TOOL_OPTIONS="$tool_options" \
    timeout 300 xvfb-run -a "$LAUNCHER" --data-dir "$WORK/data" demo >"$WORK/run.log" 2>&1 \
    || { echo "start failed:" >&2; tail -20 "$WORK/run.log" >&2; return 1; }
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["millisSinceProcessStart"], r.get("rssKiB", r.get("heapUsedKiB")), r["classDataSharing"])' "$probe"
}

summarise() {  # stdin: lines "millis rss sharing"; prints min/median/max of both numbers
  python3 -c '
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip()]
ms = sorted(int(r[0]) for r in rows); rss = sorted(int(r[1]) for r in rows)
print("first frame ms min/median/max %d / %d / %d   RSS MiB min/median/max %.0f / %.0f / %.0f   CDS on: %s" % (
    ms[0], statistics.median(ms), ms[-1], rss[0] / 1024, statistics.median(rss) / 1024, rss[-1] / 1024,
    ",".join(sorted({r[2] for r in rows}))))'
}

# The demo's own first start creates its data; do it once so every measured run starts the same way.
start_once "" >/dev/null

ARCHIVE="$APPDIR/counterdesk.jsa"   # the dynamic AppCDS archive the launcher's configuration names
[[ -w "$APPDIR" ]] || { echo "$APPDIR must be writable (run as root for the installed package)" >&2; exit 1; }
# The two archives compared: the one the package's post-install step records (a `--help` run: CLI classes only),
# and one recorded by a start up to the first frame (JavaFX and the counter window included). AutoCreateSharedArchive
# writes the archive at exit when it is missing.
rm -f "$ARCHIVE"; "$LAUNCHER" --help >/dev/null 2>&1 || true; cp "$ARCHIVE" "$WORK/help.jsa"
rm -f "$ARCHIVE"; start_once "" >/dev/null; cp "$ARCHIVE" "$WORK/trained.jsa"

echo "CounterDesk start-up: $LAUNCHER, $RUNS runs per mode, modes interleaved run by run, $CACHE"
echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2 " MiB RAM"}'), kernel $(uname -r)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in $MODES; do : >"$WORK/$mode.txt"; done
# Round-robin, so that the load of a shared machine drifts over every mode alike.
for round in $(seq 1 "$RUNS"); do
  for mode in $MODES; do
    options=""
    case "$mode" in
      default) cp "$WORK/help.jsa" "$ARCHIVE" ;;
      noshare) options="-Xshare:off" ;;
      trained) cp "$WORK/trained.jsa" "$ARCHIVE" ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
    start_once "$options" >>"$WORK/$mode.txt"
  done
  echo "round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
for mode in $MODES; do
  echo "$mode: $(summarise <"$WORK/$mode.txt")"
done
echo "archives: post-install (--help) $(stat -c %s "$WORK/help.jsa") bytes, first-frame $(stat -c %s "$WORK/trained.jsa") bytes"
cp "$WORK/help.jsa" "$ARCHIVE"   # leave the installation as the package set it up
