#!/usr/bin/env bash
# Builds a native installer of CounterDesk with jlink + jpackage (JDK 25).
#
#   installers/build.sh [deb|rpm|msi|exe|dmg|pkg|app-image]   (default: the native type of this OS)
#
# Output: installers/target/<package>. Steps: build the app jar and its libraries, trim a Java
# runtime with jlink (only the JDK modules CounterDesk uses, with the default CDS archive), make an
# app image, record an AppCDS archive of the app's own classes by running the image once, then wrap
# the image into the OS package.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="$HERE/target"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JDK_BIN="$JAVA_HOME/bin"
[[ -x "$JDK_BIN/jpackage" ]] || { echo "jpackage not found: set JAVA_HOME to a JDK 25" >&2; exit 1; }

case "$(uname -s)" in
  Linux*) OS=linux; DEFAULT_TYPE=deb ;;
  Darwin*) OS=macos; DEFAULT_TYPE=dmg ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; DEFAULT_TYPE=msi ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 1 ;;
esac
TYPE="${1:-$DEFAULT_TYPE}"

NAME=counterdesk
VENDOR="CounterDesk"
# jpackage wants a plain numeric version: the Maven version without -SNAPSHOT.
MAVEN_VERSION="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
APP_VERSION="${MAVEN_VERSION%%-*}"

echo "== building the app ($MAVEN_VERSION)"
(cd "$ROOT" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl app -am package)

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$ROOT/app/target/counterdesk-app.jar" "$OUT/input/"
cp -r "$ROOT/app/target/lib" "$OUT/input/lib"

# JDK modules the app needs (JavaFX and the libraries run from the class path).
MODULES=java.base,java.desktop,java.logging,java.naming,java.net.http,java.prefs,java.scripting,\
java.security.jgss,java.smartcardio,java.sql,java.xml,java.xml.crypto,jdk.crypto.cryptoki,\
jdk.httpserver,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.management,java.management

echo "== jlink runtime"
"$JDK_BIN/jlink" \
  --add-modules "$MODULES" \
  --include-locales=en,vi \
  --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 \
  --output "$OUT/runtime"

JAVA_OPTIONS=(--java-options "--enable-native-access=ALL-UNNAMED"
              --java-options "-Dfile.encoding=UTF-8"
              --java-options "-XX:+AutoCreateSharedArchive"
              --java-options "-XX:SharedArchiveFile=\$APPDIR/counterdesk.jsa"
              --java-options "-Xlog:cds=off" --java-options "-Xlog:cds+dynamic=off")

echo "== app image"
"$JDK_BIN/jpackage" --type app-image \
  --name "$NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" \
  --description "Chip ID cards and e-invoices at the counter" \
  --input "$OUT/input" --main-jar counterdesk-app.jar --main-class vn.counterdesk.app.Main \
  --runtime-image "$OUT/runtime" \
  --icon "$HERE/icons/counterdesk.$([[ $OS == windows ]] && echo ico || ([[ $OS == macos ]] && echo icns || echo png))" \
  "${JAVA_OPTIONS[@]}" \
  --dest "$OUT/image"

case "$OS" in
  linux) IMAGE="$OUT/image/$NAME"; APPDIR="$IMAGE/lib/app"; IMAGE_RUNTIME="$IMAGE/lib/runtime" ;;
  macos) IMAGE="$OUT/image/$NAME.app"; APPDIR="$IMAGE/Contents/app"; IMAGE_RUNTIME="$IMAGE/Contents/runtime/Contents/Home" ;;
  windows) IMAGE="$OUT/image/$NAME"; APPDIR="$IMAGE/app"; IMAGE_RUNTIME="$IMAGE/runtime" ;;
esac

echo "== class-data sharing"
# The JDK's base archive must be dumped with the same module flags the launcher uses, or the JVM
# drops its optimised module graph at every start; the app's own classes go to a dynamic archive
# that the JVM writes at the first exit (AutoCreateSharedArchive) and rewrites when jars change.
# Both depend on file times, which an installer changes, so packages record them after
# installation (linux/postinst) and remove them with the package (linux/postrm).
"$IMAGE_RUNTIME/bin/java" --enable-native-access=ALL-UNNAMED -Xshare:dump -Xlog:cds=off >/dev/null 2>&1 || true

if [[ "$TYPE" == app-image ]]; then
  echo "== done: $IMAGE"
  exit 0
fi

echo "== $TYPE package"
PACKAGE_OPTS=(--file-associations "$HERE/file-association-invoice.properties")
case "$OS" in
  linux)
    # The PC/SC daemon and its client library, and GTK 3, which JavaFX opens at run time (jpackage cannot see it:
    # JavaFX's native libraries sit inside its jars), under each family's package names.
    if [[ "$TYPE" == rpm ]]; then PCSC_DEPS="pcsc-lite, pcsc-lite-libs, gtk3"; else PCSC_DEPS="pcscd, libpcsclite1, libgtk-3-0"; fi
    PACKAGE_OPTS+=(--linux-package-name "$NAME" --linux-menu-group "Office;Finance;"
                   --linux-shortcut --linux-app-category office
                   --linux-package-deps "$PCSC_DEPS"
                   --linux-rpm-license-type "Proprietary"
                   --install-dir /opt
                   --resource-dir "$HERE/linux") ;;
  windows)
    PACKAGE_OPTS+=(--win-menu --win-menu-group "CounterDesk" --win-shortcut --win-dir-chooser
                   --win-per-user-install --win-upgrade-uuid 6c7b9a7e-2f3e-4c1b-9a55-6f0d6f2c1a01) ;;
  macos)
    PACKAGE_OPTS+=(--mac-package-name "CounterDesk" --mac-package-identifier vn.counterdesk.app) ;;
esac

"$JDK_BIN/jpackage" --type "$TYPE" \
  --name "$NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" \
  --description "Chip ID cards and e-invoices at the counter" \
  --app-image "$IMAGE" \
  "${PACKAGE_OPTS[@]}" \
  --dest "$OUT"

ls -la "$OUT"/*."$TYPE"
