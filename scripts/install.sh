#!/bin/sh
# install.sh: `make install`, without asking for sudo.
#
#   sh scripts/install.sh BIN PAGE BINDIR MANDIR [DESTDIR]
#
# Installs BIN as BINDIR/clauselint and PAGE as MANDIR/man1/clauselint.1
# (under DESTDIR when staging a package). Where the user can't write the
# prefix it says the two ways on, one line, rather than fail half-way
# through with install's "Permission denied". After a real install (no
# DESTDIR), it says when BINDIR is not on PATH and what to add.
set -u

bin=$1 page=$2 bindir=$3 mandir=$4 destdir=${5:-}

# The deepest folder of DIR that exists: where install -d would have to
# create the rest.
existing_parent() {
	d=$1
	while [ ! -d "$d" ]; do d=$(dirname "$d"); done
	printf '%s\n' "$d"
}

for dir in "$destdir$bindir" "$destdir$mandir"; do
	parent=$(existing_parent "$dir")
	if [ ! -w "$parent" ]; then
		echo "make install: can't write $parent: run sudo make install, or install for yourself with make install PREFIX=\$HOME/.local" >&2
		exit 2
	fi
done

install -d "$destdir$bindir" "$destdir$mandir/man1" || exit 2
install -m 755 "$bin" "$destdir$bindir/clauselint" || exit 2
install -m 644 "$page" "$destdir$mandir/man1/clauselint.1" || exit 2
echo "installed $destdir$bindir/clauselint and $destdir$mandir/man1/clauselint.1"

[ -z "$destdir" ] || exit 0
case ":$PATH:" in
*":$bindir:"*) ;;
*) echo "$bindir is not on your PATH: add it, e.g. with export PATH=\"$bindir:\$PATH\" in your shell's profile" ;;
esac
