#!/bin/sh
# Measures clauselint against the targets of bench/README.md on a repository
# (made by bench/generate.sh or bench/generate-other.py, or any other):
#
#   sh bench/run.sh BIN REPO        BENCH_RUNS=N rounds (default 5)
#
# Six runs, each three ways: without a cache (--no-cache), with an empty
# history cache (cold: the first run, as in a fresh CI clone) and with the
# cache that run left (warm: the second run):
#
#   whole lint     BIN -C REPO --now 2026-11-22 --format json -o FILE
#   status         BIN -C REPO status --now 2026-11-22 --format json -o FILE
#   changed since  the whole lint with --changed-since HEAD~10
#   one PATH       the whole lint of one document
#   staged         the whole lint with --staged, on a copy of REPO with that
#                  document changed and added to the index
#   hook           --staged with that document as PATH, as the pre-commit
#                  hooks run it (.pre-commit-hooks.yaml); no target of its own
#
# and the baseline, git -C REPO log --no-renames --raw --format=%H%n%B HEAD.
# Every round runs all nineteen in turn, so a busy machine slows them alike.
# Reported: the median wall and CPU (user + system) time and the largest
# peak resident set of each, each time against git log's in the same
# rounds, and whether the three ways wrote byte-identical reports. Then the
# targets.
#
# Exit status: 0 every target met; 1 a target missed; 2 a measurement
# could not be made (bad arguments, a command failed, the reports of the
# three ways differ, or REPO was written to). Needs GNU time.
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

if ! bench_clocks || [ -z "$gnutime" ]; then
	echo "run.sh: needs GNU time (/usr/bin/time)" >&2
	exit 2
fi

status=0
fail() { [ "$status" -ge 2 ] || status=2; }

copy=$work/staged-repo
if ! bench_staged_copy "$repo" "$copy"; then
	echo "run.sh: $note" >&2
	exit 2
fi
since=HEAD~10
git -C "$repo" rev-parse -q --verify "$since" >/dev/null || since=$(git -C "$repo" rev-list --max-parents=0 HEAD | head -n 1)

# The six runs: NAME, the repository, the arguments (one word each).
runs_list="whole status since path staged hook"
run_repo() { case $1 in staged | hook) echo "$copy" ;; *) echo "$repo" ;; esac; }
run_args() {
	case $1 in
	whole) echo "--now $now --format json" ;;
	status) echo "status --now $now --format json" ;;
	since) echo "--now $now --format json --changed-since $since" ;;
	path) echo "--now $now --format json $doc" ;;
	staged) echo "--staged --now $now --format json" ;;
	hook) echo "--staged --now $now --format json $doc" ;;
	esac
}
run_label() {
	case $1 in
	whole) echo "whole lint" ;;
	status) echo "status" ;;
	since) echo "--changed-since HEAD~10" ;;
	path) echo "one PATH" ;;
	staged) echo "--staged, 1 changed" ;;
	hook) echo "--staged PATH (the hook)" ;;
	esac
}

# one NAME WAY: one timed run, appended to $work/NAME.WAY as "wall cpu rss";
# the report to $work/NAME.WAY.out. WAY none runs --no-cache, cold an empty
# cache folder of its own, warm the folder cold left.
one() {
	target=$(run_repo "$1")
	cachedir=$work/cache.$1
	case $2 in
	none) CLAUSELINT_CACHE_DIR= ;;
	cold) rm -rf "$cachedir"; CLAUSELINT_CACHE_DIR=$cachedir ;;
	warm) CLAUSELINT_CACHE_DIR=$cachedir ;;
	esac
	export CLAUSELINT_CACHE_DIR
	# shellcheck disable=SC2046 # the arguments are words on purpose
	bench_run "$bin" -C "$target" $(run_args "$1") -o "$work/$1.$2.out"
	case $code in 0 | 1) ;; *)
		echo "run.sh: $(run_label "$1") ($2) exited with $code: $(grep -v '^Command exited' "$work/err" | head -n 1)" >&2
		fail
		;;
	esac
	echo "$wall $cpu $rss" >>"$work/$1.$2"
}

baseline() {
	bench_run git -C "$repo" log --no-renames --raw --format=%H%n%B HEAD
	echo "$wall $cpu $rss" >>"$work/git"
}

echo "clauselint benchmark: $repo"
echo "  $(git -C "$repo" rev-list --count HEAD) commits, $(git -C "$repo" ls-files | wc -l | tr -d ' ') files," \
	"pack $(du -sk "$repo/.git/objects/pack" | cut -f1) KiB; $("$bin" --version 2>/dev/null | head -n 1); $(git --version)"
echo "  $runs rounds after one warm-up round; medians of wall and CPU time, largest peak resident set"
echo "  one document: $doc; --changed-since $since"
echo

bench_mark
# One round to warm the page cache, not counted.
baseline
for r in $runs_list; do one "$r" none; one "$r" cold; one "$r" warm; done
rm -f "$work"/git "$work"/*.none "$work"/*.cold "$work"/*.warm
i=0
while [ "$i" -lt "$runs" ]; do
	baseline
	for r in $runs_list; do one "$r" none; one "$r" cold; one "$r" warm; done
	i=$((i + 1))
done

# col FILE N: the median of column N (1 wall, 2 cpu) or, for 3, the peak MB.
col() {
	if [ "$2" = 3 ]; then awk '{ print $3 }' "$1" | bench_mb; else awk -v n="$2" '{ print $n }' "$1" | bench_median; fi
}
git_wall=$(col "$work/git" 1) git_cpu=$(col "$work/git" 2)
# The largest resident set of every clauselint run, in KB as measured.
largest_peak=$(cat "$work"/*.none "$work"/*.cold "$work"/*.warm | awk '$3 > m { m = $3 } END { print m + 0 }')

printf '%-26s %-5s %8s %8s %8s %9s %9s  %s\n' run cache "wall s" "CPU s" "peak MB" "wall/git" "CPU/git" "report"
printf '%-26s %-5s %8s %8s %8s %9s %9s\n' "git log --raw" "" "$git_wall" "$git_cpu" "$(col "$work/git" 3)" 1.000 1.000
for r in $runs_list; do
	same=identical
	if ! cmp -s "$work/$r.none.out" "$work/$r.cold.out" || ! cmp -s "$work/$r.none.out" "$work/$r.warm.out"; then
		same=DIFFERENT
		fail
	fi
	for way in none cold warm; do
		w=$(col "$work/$r.$way" 1) c=$(col "$work/$r.$way" 2)
		eval "${r}_${way}_wall=\$w ${r}_${way}_cpu=\$c ${r}_${way}_peak=\$(col \"\$work/\$r.\$way\" 3)"
		printf '%-26s %-5s %8s %8s %8s %9s %9s  %s\n' "$(run_label "$r")" "$way" "$w" "$c" \
			"$(col "$work/$r.$way" 3)" "$(bench_div "$w" "$git_wall")" "$(bench_div "$c" "$git_cpu")" \
			"$([ $way = warm ] && echo "$same")"
	done
done

if ! written=$(bench_written "$repo"); then
	echo
	echo "FAILED: $repo was written to during the benchmark:"
	echo "$written" | sed 's/^/  /'
	fail
fi

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
	printf '%-44s %8s  %2s %-6s %s\n' "$label" "$value" "$op" "$target" "$verdict"
}

echo
printf '%-44s %8s  %-9s %s\n' target value target result
# shellcheck disable=SC2154 # set by the eval above
{
	ratio "--staged, warm cache: wall s" "$staged_warm_wall" "<" 0.1
	ratio "--staged, no cache: CPU / git log" "$(bench_div "$staged_none_cpu" "$git_cpu")" "<=" 0.5
	ratio "whole lint, no cache: CPU / git log" "$(bench_div "$whole_none_cpu" "$git_cpu")" "<=" 1.0
	ratio "whole lint, cold cache: CPU / git log" "$(bench_div "$whole_cold_cpu" "$git_cpu")" "<=" 1.0
	ratio "whole lint, warm cache: CPU / git log" "$(bench_div "$whole_warm_cpu" "$git_cpu")" "<=" 0.3
	ratio "largest peak of any run, MB" "$(printf '%s\n' "$largest_peak" | bench_mb)" "<" 100
}
exit "$status"
