#!/bin/sh
# Measures clauselint against the targets of bench/README.md on a repository made by
# bench/generate.sh (see bench/README.md):
#
#   sh bench/run.sh BIN REPO        BENCH_RUNS=N runs of each (default 5)
#
#   whole lint   BIN -C REPO --now 2026-11-22 --format json -o /dev/null
#   staged lint  the same with --staged, on a copy of REPO with one
#                document changed and added to the index
#   git log      git -C REPO log --no-renames --raw --format=%H%n%B HEAD
#
# Each is run once to warm the caches, then BENCH_RUNS times: the median
# wall time and the largest peak resident set are reported, then the ratios
# against the targets. REPO is only read; the staged copy is a scratch copy.
#
# Exit status: 0 every target met; 1 a target missed; 2 a measurement
# could not be made (bad arguments, a command failed, --staged refused,
# or REPO was written to).
set -u

usage() { echo "usage: run.sh BIN REPO (BENCH_RUNS=N, default 5)" >&2; exit 2; }
[ $# -eq 2 ] || usage
bin=$1 repo=$2
runs=${BENCH_RUNS:-5}
now=2026-11-22
case $runs in '' | *[!0-9]* | 0) echo "run.sh: BENCH_RUNS must be a positive number" >&2; exit 2 ;; esac
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "run.sh: no executable at $bin" >&2; exit 2; }
[ -d "$repo" ] || { echo "run.sh: no repository at $repo" >&2; exit 2; }
repo=$(cd "$repo" && pwd)
git -C "$repo" rev-parse --verify -q HEAD >/dev/null ||
	{ echo "run.sh: $repo is not a git repository with commits" >&2; exit 2; }

. "$(dirname "$0")/lib.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-bench.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM HUP

# Peak memory needs GNU time; without it, memory is reported as n/a.
# Wall time comes from the nanosecond clock of GNU date when there is one
# (GNU time's %e has a resolution of 10 ms, coarse for the staged run).
if ! bench_clocks; then
	echo "run.sh: needs GNU time (/usr/bin/time) or a date with %N" >&2
	exit 2
fi

status=0
fail() { [ "$status" -ge 2 ] || status=2; }

# measure NAME OKSTATUSES CMD...: one warm-up run, then $runs measured runs.
# Sets med (seconds), peak (MB or n/a), code (last exit status) and why
# (empty, or the reason the measurement failed).
measure() {
	ok=$2
	shift 2
	med=n/a peak=n/a why="" code=""
	: >"$work/times"
	: >"$work/mems"
	i=0
	while [ "$i" -le "$runs" ]; do
		bench_run "$@"
		case " $ok " in
		*" $code "*) ;;
		*)
			why="exit $code: $(grep -v '^Command exited with' "$work/err" | head -n 1)"
			return 1
			;;
		esac
		if [ "$i" -gt 0 ]; then # run 0 is the warm-up
			echo "$rss" >>"$work/mems"
			echo "$wall" >>"$work/times"
		fi
		i=$((i + 1))
	done
	med=$(bench_median <"$work/times")
	[ -z "$gnutime" ] || peak=$(bench_mb <"$work/mems")
	return 0
}

row() { # NAME MEDIAN PEAK EXIT NOTE
	printf '%-22s %10s %9s %5s  %s\n' "$1" "$2" "$3" "$4" "$5"
}

# ratio LABEL VALUE OP TARGET: a line of the targets table.
ratio() {
	label=$1 value=$2 op=$3 target=$4
	case $value in
	n/a) verdict=n/a; fail ;;
	*)
		if awk -v v="$value" -v t="$target" -v op="$op" \
			'BEGIN { exit !(op == "<=" ? v + 0 <= t + 0 : v + 0 < t + 0) }'; then
			verdict=ok
		else
			verdict=MISSED
			[ "$status" -ge 1 ] || status=1
		fi
		;;
	esac
	printf '%-30s %8s  %2s %-6s %s\n' "$label" "$value" "$op" "$target" "$verdict"
}
div() { bench_div "$@"; } # A B: A / B to 3 decimals, or n/a

echo "clauselint benchmark: $repo"
echo "  $(git -C "$repo" rev-list --count HEAD) commits, $(git -C "$repo" ls-files | wc -l | tr -d ' ') files;" \
	"$("$bin" --version 2>/dev/null | head -n 1); $(git --version)"
echo "  $runs runs each after one warm-up; median wall time," \
	"peak resident memory$([ -n "$gnutime" ] || echo ' (n/a: no GNU time)')"
echo

# Whatever clauselint or git does, REPO must not change: every file
# written below REPO after this mark is reported.
bench_mark

row measurement "median s" "peak MB" exit ""

if measure "whole lint" "0 1" "$bin" -C "$repo" --now "$now" --format json -o /dev/null; then
	row "whole lint" "$med" "$peak" "$code" ""
else
	row "whole lint" n/a n/a "$code" "FAILED: $why"
	fail
fi
lint_med=$med lint_peak=$peak

# The staged run works on a copy with one document changed in the index.
copy=$work/staged-repo
bench_staged_copy "$repo" "$copy"
if [ -n "$note" ]; then
	row "staged lint (1 doc)" n/a n/a "" "$note"
	med=n/a
	fail
elif measure "staged lint" "0 1" "$bin" -C "$copy" --staged --now "$now" --format json -o /dev/null; then
	row "staged lint (1 doc)" "$med" "$peak" "$code" "$doc"
else
	case $why in
	*nknown*option* | *nrecognized*option* | *nvalid*option* | *usage*)
		row "staged lint (1 doc)" n/a n/a "$code" "NOT MEASURED: this binary does not accept --staged ($why)" ;;
	*) row "staged lint (1 doc)" n/a n/a "$code" "FAILED: $why" ;;
	esac
	fail
fi
staged_med=$med

if measure "git log" "0" git -C "$repo" log --no-renames --raw --format=%H%n%B HEAD; then
	row "git log --raw" "$med" "$peak" "$code" ""
else
	row "git log --raw" n/a n/a "$code" "FAILED: $why"
	fail
fi
log_med=$med

if ! written=$(bench_written "$repo"); then
	echo
	echo "FAILED: $repo was written to during the benchmark:"
	echo "$written" | sed 's/^/  /'
	fail
fi

echo
printf '%-30s %8s  %-9s %s\n' "target" value target result
ratio "whole lint / git log" "$(div "$lint_med" "$log_med")" "<=" 1.0
ratio "staged / whole lint" "$(div "$staged_med" "$lint_med")" "<" 0.1
ratio "whole lint peak MB" "$lint_peak" "<" 150
exit "$status"
