#!/bin/sh
# runtime-packages.sh: the Debian packages of the shared libraries a
# binary loads, on one line: what a machine needs to run a clauselint
# built elsewhere (the CI templates' build caches: action.yml,
# integrations/gitlab/clauselint.gitlab-ci.yml).
#
#   sh scripts/runtime-packages.sh BIN
#
# dpkg records a library by the path its package installed, which on a
# merged /usr system may be /usr/lib/... while ldd prints /lib/...: each
# is tried.
set -u

bin=${1:?usage: runtime-packages.sh BIN}
ldd "$bin" | awk '$3 ~ /^\// { print $3 }' | while read -r lib; do
	dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null
done | cut -d: -f1 | LC_ALL=C sort -u | tr '\n' ' ' | sed 's/ $//'
echo
