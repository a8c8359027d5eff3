#!/bin/sh
# debian13.sh: make check on Debian 13 (trixie: libgit2 1.9, gcc 14) in a
# debootstrap root: scripts/chroot-check.sh trixie, which says the rest.
#
#   sudo sh scripts/debian13.sh [ROOT [TARGET...]]
exec sh "$(dirname "$0")/chroot-check.sh" trixie "$@"
