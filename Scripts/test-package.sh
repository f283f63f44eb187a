#!/usr/bin/env bash
# Tests the artefacts of Scripts/package on a machine without Swift and without the -dev packages:
# a minimal Debian root (debootstrap --variant=minbase, plus man-db to read the man page), entered
# with chroot. In it, the tarball is unpacked and the .deb installed with `dpkg -i`; each copy must
# print the same `--version` as the development build, give the same JSON report on Samples/ (byte
# for byte, same exit status), and have a man page that `man` renders; the .deb's bash completion
# must load.
#
# Usage: Scripts/test-package.sh PACKAGE_DIR DEVELOPMENT_BINARY      (as root: chroot, mount)
#
# The root is made once from the Debian mirror apt uses here (DEBIAN_MIRROR overrides it) and kept
# as a tar file in ~/.cache/spamlint (about 180 MB); later runs unpack it (a few seconds).
set -euo pipefail

package_dir=$(cd "$1" && pwd)
development=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
repo=$(cd "$(dirname "$0")/.." && pwd)
say() { echo "test-package: $*"; }
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (chroot, mount)"

suite=bookworm
cache=${XDG_CACHE_HOME:-$HOME/.cache}/spamlint
root_tar="$cache/debian-$suite-minbase-man-db.tar"

# The first Debian archive (not -security) in apt's sources, one-line or deb822 format.
mirror=${DEBIAN_MIRROR:-$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '/^deb / { print $2 } /^URIs:/ { for (i = 2; i <= NF; i++) print $i }' | grep -E '/debian/?$' | head -n 1 || true)}
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d "${TMPDIR:-/tmp}/spamlint-test-package.XXXXXX")
root="$work/root"
cleanup() {
    mountpoint -q "$root/proc" 2>/dev/null && umount "$root/proc"
    rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$root_tar" ]; then
    say "making a minimal Debian $suite root from $mirror (once; cached in $root_tar)"
    command -v debootstrap >/dev/null || fail "debootstrap is not installed"
    debootstrap --variant=minbase --include=man-db "$suite" "$work/bootstrap" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 20 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }
    rm -f "$work/bootstrap"/var/cache/apt/archives/*.deb
    mkdir -p "$cache"
    tar -C "$work/bootstrap" -cf "$root_tar.partial" . && mv "$root_tar.partial" "$root_tar"
    rm -rf "$work/bootstrap"
fi
mkdir "$root"
tar -C "$root" -xf "$root_tar"
# The Swift runtime reads /proc (as on any real system).
mount -t proc proc "$root/proc"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# The root is what a user's machine without the toolchain looks like.
for absent in swift swiftc pkg-config; do
    in_root sh -c "command -v $absent" >/dev/null && fail "$absent is in the test root"
done
for absent in libxml2 libxml2-dev libpsl5 libpsl-dev libicu72 libidn2-dev libre2-9 libre2-dev; do
    in_root dpkg-query -W -f='${Status}' "$absent" 2>/dev/null | grep -q "install ok installed" && fail "$absent is installed in the test root"
done

# The development build's answers, on the same copy of Samples/ (outside any git work tree, as in the root).
mkdir -p "$root/work"
cp -r "$repo/Samples" "$root/work/"
expected_version=$("$development" --version)
set +e
(cd "$root/work" && "$development" Samples/ --format json >"$work/expected.json")
expected_status=$?
set -e

check_copy() { # LABEL BINARY-IN-ROOT MAN-COMMAND...
    local label=$1 binary=$2
    shift 2
    local version status
    version=$(in_root "$binary" --version) || fail "$label: --version failed"
    [ "$version" = "$expected_version" ] || fail "$label: --version says '$version', the development build '$expected_version'"
    set +e
    in_root sh -c "cd /work && exec $binary Samples/ --format json" >"$work/$label.json"
    status=$?
    set -e
    [ "$status" -eq "$expected_status" ] || fail "$label: exit status $status on Samples/, the development build's $expected_status"
    cmp -s "$work/expected.json" "$work/$label.json" ||
        { diff "$work/expected.json" "$work/$label.json" | head -n 20 >&2; fail "$label: the JSON report on Samples/ differs from the development build's"; }
    in_root "$@" >"$work/$label.man" 2>"$work/$label.man.err" || { cat "$work/$label.man.err" >&2; fail "$label: man failed"; }
    grep -q "spamlint lint (the default command)" "$work/$label.man" || fail "$label: the man page does not render its commands"
    [ ! -s "$work/$label.man.err" ] || { cat "$work/$label.man.err" >&2; fail "$label: man warned"; }
    say "$label: $version; Samples/ report identical ($(wc -c <"$work/$label.json") bytes, exit $status); man page renders"
}

# The tarball, unpacked under /opt.
tarball=$(ls "$package_dir"/spamlint-*-linux-*.tar.gz)
(cd "$package_dir" && sha256sum --quiet -c "$(basename "$tarball").sha256") || fail "the tarball's .sha256 does not match"
tar -C "$root/opt" -xzf "$tarball"
unpacked=/opt/$(basename "$tarball" .tar.gz)
(cd "$root$unpacked" && sha256sum --quiet -c SHA256SUMS) || fail "the tarball's SHA256SUMS does not match its files"
check_copy tarball "$unpacked/spamlint" env MANWIDTH=80 man -P cat -l "$unpacked/spamlint.1"

# The Debian package.
deb=$(ls "$package_dir"/spamlint_*.deb)
cp "$deb" "$root/tmp/"
in_root dpkg -i "/tmp/$(basename "$deb")" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
[ "$(in_root sh -c 'command -v spamlint')" = /usr/bin/spamlint ] || fail "the .deb did not install /usr/bin/spamlint"
check_copy deb spamlint env MANWIDTH=80 man -P cat spamlint
in_root bash -c 'source /usr/share/bash-completion/completions/spamlint && complete -p spamlint' | grep -q spamlint ||
    fail "deb: the bash completion does not load"
for file in /usr/share/zsh/vendor-completions/_spamlint /usr/share/fish/vendor_completions.d/spamlint.fish; do
    [ -s "$root$file" ] || fail "deb: $file is missing"
done
in_root dpkg -r spamlint >/dev/null 2>&1 || fail "dpkg -r failed"
[ ! -e "$root/usr/bin/spamlint" ] || fail "dpkg -r left /usr/bin/spamlint"
say "deb: installs, completions load, removes cleanly"
