#!/bin/sh
# compare.sh: two clauselint binaries on one repository, interleaved, so
# that a busy machine slows both alike:
#
#   sh bench/compare.sh OLD NEW REPO [ARGS...]     (BENCH_RUNS=N, default 7)
#
# Each round runs OLD, NEW and `git log --no-renames --raw` once each, in
# that order, with ARGS (default: --now 2026-11-22 --format json -o
# /dev/null). Prints the median wall and CPU (user + system) seconds and
# the largest peak resident set of each, and whether OLD and NEW wrote
# byte-identical reports. Needs GNU time (/usr/bin/time).
set -u
# Every run walks the whole history: no history cache (docs/cache.md).
export CLAUSELINT_CACHE_DIR=

[ $# -ge 3 ] || { echo "usage: compare.sh OLD NEW REPO [ARGS...]" >&2; exit 2; }
old=$1 new=$2 repo=$3
shift 3
[ $# -gt 0 ] || set -- --now 2026-11-22 --format json
runs=${BENCH_RUNS:-7}
[ -x /usr/bin/time ] || { echo "compare.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-compare.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

# one NAME CMD...: one timed run, appended to $work/NAME as "wall cpu rss".
one() {
	name=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>&1
	# GNU time writes "Command exited with non-zero status N" first.
	tail -n 1 "$work/t" | awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' >>"$work/$name"
}

"$old" -C "$repo" "$@" -o "$work/old.out" >/dev/null 2>&1
"$new" -C "$repo" "$@" -o "$work/new.out" >/dev/null 2>&1
if cmp -s "$work/old.out" "$work/new.out"; then same=identical; else same=DIFFERENT; fi

i=0
while [ $i -lt "$runs" ]; do
	one old "$old" -C "$repo" "$@" -o /dev/null
	one new "$new" -C "$repo" "$@" -o /dev/null
	one git git -C "$repo" log --no-renames --raw --format=%H%n%B HEAD
	i=$((i + 1))
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-8s %8s %8s %8s\n' run "wall s" "cpu s" "peak MB"
for name in old new git; do
	wall=$(cut -d' ' -f1 "$work/$name" | median)
	cpu=$(cut -d' ' -f2 "$work/$name" | median)
	peak=$(cut -d' ' -f3 "$work/$name" | sort -n | tail -1)
	printf '%-8s %8.2f %8.2f %8.1f\n' "$name" "$wall" "$cpu" "$(echo "$peak" | awk '{ print $1 / 1024 }')"
done
echo "reports: $same ($runs rounds; args: $*)"
