#!/usr/bin/env bash
# Builds the .deb from this build tree, installs it into a throwaway root, runs the installed programs, and
# checks the package the way Debian's tools do (lintian, desktop-file-validate, appstreamcli).
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/sfm-onboarding_*.deb)
echo "built $(basename "$deb")"

# Dependencies come from shlibdeps, not a hand-written list.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q 'libqt6core6' <<<"$depends" || fail "shlibdeps did not compute the Qt dependency"
# Loaded on first use (core/LazyLibrary.h), so not linked: shlibdeps cannot see them, the package names them.
for library in libarchive13 libqrencode4; do
    grep -Eq "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends does not name $library"
done

dpkg-deb -x "$deb" "$work/root"

# The renewal agent's user units are shipped, and disabled (no wants link, nothing under /etc).
for unit in sfm-onboarding-renew.service sfm-onboarding-renew.timer; do
    [ -f "$work/root/usr/lib/systemd/user/$unit" ] || fail "$unit is not in the package"
done
grep -q '^ExecStart="/usr/bin/sfmctl" renew --due$' "$work/root/usr/lib/systemd/user/sfm-onboarding-renew.service" ||
    fail "the packaged service does not run /usr/bin/sfmctl renew --due"
[ -z "$(find "$work/root" -path '*.wants*')" ] || fail "the package enables a unit"
[ ! -e "$work/root/etc/systemd" ] || fail "the package installs into /etc/systemd"

for program in sfmctl sfm-onboarding helseid-sim; do
    [ -x "$work/root/usr/bin/$program" ] || fail "/usr/bin/$program is not in the package"
    out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/$program" --version 2>&1) || fail "$program --version: $out"
    echo "$program --version: $out"
    grep -Eq '[0-9]+\.[0-9]+\.[0-9]+' <<<"$out" || fail "$program --version prints no version"
done
# Neither program links them: start-up does not pay for them (issue 15).
for program in sfmctl sfm-onboarding; do
    needed=$(readelf -d "$work/root/usr/bin/$program" | grep NEEDED || true)
    if grep -Eq 'libarchive|libqrencode' <<<"$needed"; then fail "$program links libarchive or libqrencode"; fi
done
# Practice mode loads the simulator plugin from the package's private folder, found relative to the program.
[ -n "$(find "$work/root/usr/lib" -path "*/sfm-onboarding/libsfm-practice.so")" ] || fail "the practice plugin is not in the package"
practice=$(cd "$work" && HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    QT_QPA_PLATFORM=offscreen timeout 60 "$work/root/usr/bin/sfm-onboarding" --demo --quit-when-shown 2>&1) ||
    fail "sfm-onboarding --demo: $practice"
grep -q 'practice simulator started' <<<"$practice" || fail "the installed wizard did not start practice mode: $practice"
echo "practice mode starts from the package"
[ -f "$work/root/usr/share/man/man1/sfmctl.1.gz" ] || fail "sfmctl has no man page"
zcat "$work/root/usr/share/man/man1/sfmctl.1.gz" | man --warnings -l - > /dev/null 2> "$work/man.log" || true
[ -s "$work/man.log" ] && { cat "$work/man.log"; fail "man page warnings"; }

desktop-file-validate "$work"/root/usr/share/applications/*.desktop
appstreamcli validate --no-net --pedantic "$work"/root/usr/share/metainfo/*.metainfo.xml
lintian --fail-on error --no-tag-display-limit "$deb" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error "$deb" > /dev/null 2>&1 || fail "lintian reports errors"
echo "package checks passed"
