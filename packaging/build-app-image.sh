#!/usr/bin/env bash
# Builds the Trailmark Linux app-image with jpackage, and a .deb where dpkg-deb and fakeroot exist.
#
#   packaging/build-app-image.sh                 # mvn package (tests skipped), then jpackage
#   packaging/build-app-image.sh --offline       # the same with mvn -o
#   packaging/build-app-image.sh --skip-build    # reuse the jar and lib/ already built
#   packaging/build-app-image.sh --no-deb        # app-image only
#   packaging/build-app-image.sh --build-dir DIR # Maven build dir (default target/), passed as -Dbuild.dir
#
# Output: <build dir>/dist/Trailmark/ (app-image; run bin/Trailmark) and <build dir>/dist/trailmark_<version>-1_<arch>.deb.
# Needs JDK 17+ with jpackage and jdeps on PATH (or JAVA_HOME set). The .deb's maintainer address
# comes from TRAILMARK_DEB_MAINTAINER (default packager@trailmark.invalid). See docs/packaging.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

offline=()
build=yes
deb=yes
build_dir="$root/target"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --offline) offline=(-o) ;;
        --skip-build) build=no ;;
        --no-deb) deb=no ;;
        --build-dir)
            [[ $# -ge 2 ]] || { echo "--build-dir needs a folder" >&2; exit 2; }
            build_dir="$2"; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done
mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"

jdk_tool() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then
        echo "$JAVA_HOME/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        echo "$1 not found: install a full JDK 17+ (not a JRE) or set JAVA_HOME" >&2
        exit 1
    fi
}
jpackage="$(jdk_tool jpackage)"
jdeps="$(jdk_tool jdeps)"

step() { printf '\n== %s\n' "$*"; }

if [[ $build == yes ]]; then
    step "mvn package (tests skipped) into $build_dir"
    (cd "$root" && mvn -B -Dstyle.color=never ${offline[@]+"${offline[@]}"} -q -Dbuild.dir="$build_dir" package -DskipTests)
fi

jar="$build_dir/trailmark.jar"
lib="$build_dir/lib"
[[ -f "$jar" && -d "$lib" ]] || { echo "missing $jar or $lib: run without --skip-build" >&2; exit 1; }

# jpackage wants a plain numeric version (1.2.3); drop a -SNAPSHOT or other qualifier.
pom_version="$(sed -n 's/^version=//p' "$build_dir/maven-archiver/pom.properties" 2>/dev/null || true)"
[[ -n "$pom_version" ]] || { echo "cannot read the version from $build_dir/maven-archiver/pom.properties" >&2; exit 1; }
app_version="$(echo "$pom_version" | grep -oE '^[0-9]+(\.[0-9]+){0,2}' || true)"
[[ -n "$app_version" ]] || { echo "the pom version $pom_version does not start with a number" >&2; exit 1; }

# JavaFX's platform jars go on the module path so jlink links them into the runtime; the empty
# unclassified javafx-*.jar stubs are dropped. Everything else goes to the class path via --input,
# together with the samples the studio seeds a new workspace from.
stage="$build_dir/jpackage"
rm -rf "$stage"
mkdir -p "$stage/input/lib" "$stage/modules" "$stage/resources"
for j in "$lib"/*.jar; do
    name="$(basename "$j")"
    case "$name" in
        javafx-*-linux*.jar) cp "$j" "$stage/modules/" ;;
        javafx-*.jar) ;;
        *) cp "$j" "$stage/input/lib/" ;;
    esac
done
ls "$stage"/modules/javafx-*-linux*.jar >/dev/null 2>&1 \
    || { echo "no javafx-*-linux*.jar in $lib: this script builds for Linux only" >&2; exit 1; }
cp "$jar" "$stage/input/"
[[ -d "$root/sample-sessions" ]] || { echo "missing $root/sample-sessions: the image ships them" >&2; exit 1; }
cp -r "$root/sample-sessions" "$stage/input/sample-sessions"
# Licence notices travel with the libraries (FFmpeg is LGPL: its notice and licence texts must ship).
cp "$here/THIRD-PARTY-NOTICES.md" "$stage/input/"
cp -r "$here/licences" "$stage/input/licences"
ls "$stage"/input/lib/ffmpeg-*-linux-x86_64.jar >/dev/null 2>&1 \
    || { echo "no ffmpeg-*-linux-x86_64.jar in $lib: the image would not play screen video" >&2; exit 1; }

icon="$here/trailmark.png"
if [[ ! -f "$icon" ]]; then
    step "drawing the icon"
    java -Djava.awt.headless=true "$here/DrawIcon.java" "$icon" 256
fi

# The runtime holds what the code uses (jdeps) plus modules reached only by reflection or
# service lookup: locales and charsets for text, zipfs, EC crypto, and jdk.unsupported.
step "finding the Java modules the application needs"
module_path="$(find "$stage/modules" -name '*.jar' | sort | paste -sd: -)"
# jdeps prints warnings on stdout too; the answer is its last line.
found="$("$jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$module_path" "$jar" "$stage"/input/lib/*.jar | tail -n 1)"
[[ "$found" =~ ^[a-z0-9.,]+$ ]] || { echo "jdeps gave no module list: $found" >&2; exit 1; }
modules="$(printf '%s\n' "$found" javafx.controls javafx.swing java.logging java.sql java.prefs \
    jdk.unsupported jdk.charsets jdk.localedata jdk.zipfs jdk.crypto.ec \
    | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "$modules"

dist="$build_dir/dist"
mkdir -p "$dist"
rm -rf "$dist/Trailmark"

step "jpackage --type app-image (version $app_version)"
"$jpackage" --type app-image \
    @"$here/app.options" \
    @"$here/launcher.options" \
    --app-version "$app_version" \
    --icon "$icon" \
    --input "$stage/input" \
    --module-path "$module_path" \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2" \
    --dest "$dist"

echo "app-image: $dist/Trailmark ($(du -sh "$dist/Trailmark" | cut -f1))"

if [[ $deb == no ]]; then
    exit 0
fi
if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
    echo "skipping the .deb: it needs dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install fakeroot)"
    exit 0
fi

step "jpackage --type deb"
# jpackage takes a custom menu entry from --resource-dir when it is named <app name>.desktop.
cp "$here/trailmark.desktop" "$stage/resources/Trailmark.desktop"
# Maintainer scripts that do not fail the install where there is no desktop menu (see their comments).
cp "$here/deb/postinst" "$here/deb/prerm" "$stage/resources/"
rm -f "$dist"/trailmark_*.deb
"$jpackage" --type deb \
    --app-image "$dist/Trailmark" \
    @"$here/app.options" \
    --app-version "$app_version" \
    --icon "$icon" \
    --resource-dir "$stage/resources" \
    --linux-package-name trailmark \
    --linux-deb-maintainer "${TRAILMARK_DEB_MAINTAINER:-packager@trailmark.invalid}" \
    --linux-app-category utils \
    --linux-menu-group "Development;Office" \
    --linux-shortcut \
    --dest "$dist"
ls -l "$dist"/trailmark_*.deb
