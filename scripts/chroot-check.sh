#!/bin/sh
# chroot-check.sh: build clauselint and run its tests on another
# distribution, in a root made with debootstrap, on any Debian or Ubuntu
# machine: Debian 13 (trixie: libgit2 1.9, gcc 14) or Ubuntu 24.04 (noble:
# libgit2 1.7, gcc 13, what GitHub's runners have). The CI workflow runs
# the same in containers (.github/workflows/ci.yml); this is for trying
# it locally (docs/platforms.md); scripts/debian13.sh runs it for trixie.
#
#   sudo sh scripts/chroot-check.sh SUITE [ROOT [TARGET...]]
#
# SUITE is trixie or noble. ROOT (default build/SUITE-root) is made on
# first use (about 300 MB, a few minutes; the log in ROOT.log) and kept
# for the next run. Ubuntu's packages are checked against
# /usr/share/keyrings/ubuntu-archive-keyring.gpg; where that keyring is
# missing (Debian doesn't ship it), CLAUSELINT_NO_CHECK_GPG=1 makes the
# root without the check, for a throw-away test only. The HEAD commit of
# this repository is cloned into ROOT/src/clauselint, fresh each run
# (uncommitted changes are not in it), and `make TARGET...` (default:
# check, with warnings as errors) runs there as root, so scripts/deps.sh
# installs that distribution's packages inside the root. Exits with
# make's status.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
suite=${1:?usage: chroot-check.sh trixie|noble [ROOT [TARGET...]]}
shift
root=${1:-$top/build/$suite-root}
[ $# -gt 0 ] && shift
targets=${*:-check WERROR=-Werror}
check_gpg=
case $suite in
trixie)
	mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
	script=
	components=main
	;;
noble)
	mirror=${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
	# debootstrap's script for Ubuntu releases since jammy is jammy's.
	script=/usr/share/debootstrap/scripts/jammy
	components=main,universe
	if [ -r /usr/share/keyrings/ubuntu-archive-keyring.gpg ]; then
		check_gpg=--keyring=/usr/share/keyrings/ubuntu-archive-keyring.gpg
	elif [ "${CLAUSELINT_NO_CHECK_GPG:-0}" = 1 ]; then
		check_gpg=--no-check-gpg
	elif [ ! -x "$root/usr/bin/apt-get" ]; then
		echo "chroot-check.sh: no Ubuntu archive keyring to check noble's packages with (/usr/share/keyrings/ubuntu-archive-keyring.gpg); CLAUSELINT_NO_CHECK_GPG=1 makes the root unchecked" >&2
		exit 2
	fi
	;;
*)
	echo "chroot-check.sh: unknown suite '$suite': trixie (Debian 13) or noble (Ubuntu 24.04)" >&2
	exit 2
	;;
esac

if [ "$(id -u)" != 0 ]; then
	echo "chroot-check.sh: debootstrap and chroot need root: sudo sh scripts/chroot-check.sh $suite" >&2
	exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
	echo "chroot-check.sh: debootstrap is not installed: apt-get install debootstrap" >&2
	exit 2
fi
git -C "$top" rev-parse --verify -q HEAD >/dev/null || {
	echo "chroot-check.sh: $top has no commit to test" >&2
	exit 2
}

if [ ! -x "$root/usr/bin/apt-get" ]; then
	echo "chroot-check.sh: making a $suite root in $root (log: $root.log)"
	mkdir -p "$root"
	# $check_gpg and $script are one word or none: split on purpose.
	# shellcheck disable=SC2086
	if ! debootstrap --variant=minbase $check_gpg --components="$components" \
		--include=git,make,ca-certificates "$suite" "$root" "$mirror" $script >"$root.log" 2>&1; then
		tail -n 20 "$root.log" >&2
		echo "chroot-check.sh: debootstrap failed; the lines above say why" >&2
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
echo "chroot-check.sh: make $targets, at $commit, in $root"
# The root's own PATH and locale, not the caller's.
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	LANG=C.UTF-8 CLAUSELINT_REQUIRE_TOOLS="${CLAUSELINT_REQUIRE_TOOLS:-0}" ${extra_ca:+NODE_EXTRA_CA_CERTS=$extra_ca} \
	/bin/sh -c "cd /src/clauselint && git config --global --add safe.directory /src/clauselint && make $targets"
