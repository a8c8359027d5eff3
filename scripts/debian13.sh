#!/bin/sh
# debian13.sh: build clauselint and run its tests on Debian 13 (trixie:
# libgit2 1.9, gcc 14), in a root made with debootstrap, on any Debian or
# Ubuntu machine. The CI workflow runs the same in a debian:13 container
# (.github/workflows/ci.yml); this is for trying it locally.
#
#   sudo sh scripts/debian13.sh [ROOT [TARGET...]]
#
# ROOT (default build/debian13-root) is made on first use (about 300 MB,
# a few minutes; the log in ROOT.log) and kept for the next run. The HEAD
# commit of this repository is cloned into ROOT/src/clauselint, fresh
# each run (uncommitted changes are not in it), and `make TARGET...`
# (default: check, with warnings as errors) runs there as root, so
# scripts/deps.sh installs Debian 13's packages inside the root. Exits
# with make's status.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$top/build/debian13-root}
[ $# -gt 0 ] && shift
targets=${*:-check WERROR=-Werror}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" != 0 ]; then
	echo "debian13.sh: debootstrap and chroot need root: sudo sh scripts/debian13.sh" >&2
	exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
	echo "debian13.sh: debootstrap is not installed: apt-get install debootstrap" >&2
	exit 2
fi
git -C "$top" rev-parse --verify -q HEAD >/dev/null || {
	echo "debian13.sh: $top has no commit to test" >&2
	exit 2
}

if [ ! -x "$root/usr/bin/apt-get" ]; then
	echo "debian13.sh: making a Debian 13 root in $root (log: $root.log)"
	mkdir -p "$root"
	if ! debootstrap --variant=minbase --include=git,make,ca-certificates trixie "$root" "$mirror" >"$root.log" 2>&1; then
		tail -n 20 "$root.log" >&2
		echo "debian13.sh: debootstrap failed; the lines above say why" >&2
		exit 2
	fi
fi

# What the tests need of the host: processes, devices, name resolution.
mounted=''
cleanup() {
	for m in $mounted; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP
for m in proc dev dev/pts; do
	if ! mountpoint -q "$root/$m"; then
		case $m in
		proc) mount -t proc proc "$root/proc" ;;
		*) mount --bind "/$m" "$root/$m" ;;
		esac
		mounted="$root/$m $mounted"
	fi
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A proxy's certificate authority, which the caller's npm trusts through
# NODE_EXTRA_CA_CERTS: the SARIF multitool comes from the npm registry.
extra_ca=
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r "$NODE_EXTRA_CA_CERTS" ]; then
	cp "$NODE_EXTRA_CA_CERTS" "$root/etc/ssl/clauselint-extra-ca.crt" 2>/dev/null &&
		extra_ca=/etc/ssl/clauselint-extra-ca.crt
fi

rm -rf "$root/src/clauselint"
mkdir -p "$root/src"
git clone -q --no-hardlinks "$top" "$root/src/clauselint"
commit=$(git -C "$root/src/clauselint" rev-parse --short=12 HEAD)
echo "debian13.sh: make $targets, at $commit, in $root"
# The root's own PATH and locale, not the caller's.
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	LANG=C.UTF-8 CLAUSELINT_REQUIRE_TOOLS="${CLAUSELINT_REQUIRE_TOOLS:-0}" ${extra_ca:+NODE_EXTRA_CA_CERTS=$extra_ca} \
	/bin/sh -c "cd /src/clauselint && git config --global --add safe.directory /src/clauselint && make $targets"
