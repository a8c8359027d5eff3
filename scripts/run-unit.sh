#!/bin/sh
# run-unit.sh: run the Criterion unit tests, and fail when they ran none.
#
#   sh scripts/run-unit.sh UNIT-TESTS [CRITERION-FLAGS...]
#
# Criterion finds its tests by reading its own binary through /proc/self:
# where /proc isn't mounted (a bare chroot) it registers none and exits 0,
# "Tested: 0", which would pass make check without a test run.
set -u

bin=${1:?usage: run-unit.sh UNIT-TESTS [FLAGS...]}
shift
log=$(mktemp "${TMPDIR:-/tmp}/clauselint-unit.XXXXXX") || exit 2
trap 'rm -f "$log"' EXIT INT TERM
"$bin" "$@" 2>"$log"
status=$?
cat "$log" >&2
if [ $status = 0 ] && grep -q 'Synthesis: Tested: 0 ' "$log"; then
	echo "unit: Criterion found no test in $bin: it reads them through /proc/self; is /proc mounted?" >&2
	exit 1
fi
exit $status
