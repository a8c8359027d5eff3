#!/bin/sh
# The scaling table of bench/README.md: how a whole lint grows with the
# number of documents and with the length of the history.
#
#   sh bench/scaling.sh BIN [DIR]      (DIR default build/bench-scaling)
#
# Repositories made by bench/generate.sh, at DIR/docs-N-commits-M:
#
#   documents  1,000  5,000  20,000   at 20,000 commits
#   commits    5,000 20,000 100,000   at  5,000 documents
#
# Each is made once and kept: made again only when it is missing or
# bench/generate.sh is newer than its stamp (.git/clauselint-bench, the
# stamp `make bench` uses). BENCH_REPO=PATH names a repository to use
# instead when it has the same number of documents and commits (`make
# bench` passes build/bench-repo, the 5,000 and 20,000 one).
#
# On each repository, BENCH_RUNS rounds (default 3), each of
#
#   whole lint   BIN -C REPO --now 2026-11-22 --format json -o /dev/null
#   git log      git -C REPO log --no-renames --raw --format=%H%n%B HEAD
#   staged lint  BIN -C COPY --staged ... on a scratch copy of REPO with
#                one document changed and added to the index
#
# in turn, so that a busy machine slows all three alike. Prints Markdown
# tables of the median wall and CPU (user + system) seconds, the largest
# peak resident set, the lint / git log ratios, and, for each step along a
# series, how much each grew against how much the repository grew.
#
# For a quicker try, the series can be changed (all four or none):
#   BENCH_DOCS="1000 5000 20000" BENCH_DOCS_AT=20000      (commits)
#   BENCH_COMMITS="5000 20000 100000" BENCH_COMMITS_AT=5000  (documents)
#
# Exit status: 0 when everything was measured (the table has no targets);
# 2 when a repository could not be made, a measurement failed, or a
# repository was written to.
set -u
# Every run walks the whole history: no history cache (docs/cache.md).
export CLAUSELINT_CACHE_DIR=

usage() { echo "usage: scaling.sh BIN [DIR] (BENCH_RUNS=N, default 3)" >&2; exit 2; }
[ $# -eq 1 ] || [ $# -eq 2 ] || usage
here=$(cd "$(dirname "$0")" && pwd)
bin=$1 dir=${2:-$here/../build/bench-scaling}
runs=${BENCH_RUNS:-3}
now=2026-11-22
gen=$here/generate.sh
docs_series=${BENCH_DOCS:-1000 5000 20000} docs_at=${BENCH_DOCS_AT:-20000}
commits_series=${BENCH_COMMITS:-5000 20000 100000} commits_at=${BENCH_COMMITS_AT:-5000}
case $runs in '' | *[!0-9]* | 0) echo "scaling.sh: BENCH_RUNS must be a positive number" >&2; exit 2 ;; esac
case $docs_series$commits_series$docs_at$commits_at in
*[!0-9\ ]*) echo "scaling.sh: BENCH_DOCS, BENCH_COMMITS and their _AT are numbers" >&2; exit 2 ;;
esac
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "scaling.sh: no executable at $bin" >&2; exit 2; }

. "$here/lib.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-scaling.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' INT TERM HUP
bench_clocks
[ -n "$gnutime" ] || { echo "scaling.sh: needs GNU time (/usr/bin/time) for CPU time and memory" >&2; exit 2; }
mkdir -p "$dir" && dir=$(cd "$dir" && pwd) || exit 2

status=0
say() { echo "scaling: $*" >&2; }

# The points: "DOCUMENTS COMMITS" lines, each once.
for d in $docs_series; do echo "$d $docs_at"; done >"$work/points"
for c in $commits_series; do echo "$commits_at $c"; done >>"$work/points"
sort -n -u -k 1,1 -k 2,2 "$work/points" -o "$work/points"

# fresh REPO: REPO was made by generate.sh, to the end, by this generate.sh.
fresh() {
	[ -f "$1/.git/clauselint-bench" ] && [ -z "$(find "$gen" -newer "$1/.git/clauselint-bench")" ]
}

# Make (or find) the repositories first, so that making one does not slow
# the measurement of another. repo-D-C holds the path of each.
while read -r d c <&3; do
	r=$dir/docs-$d-commits-$c
	if [ -n "${BENCH_REPO:-}" ] && fresh "$BENCH_REPO" &&
		[ "$(git -C "$BENCH_REPO" rev-list --count HEAD)" = "$c" ] &&
		[ "$(git -C "$BENCH_REPO" ls-files | wc -l | tr -d ' ')" = $((d + 3)) ]; then
		r=$(cd "$BENCH_REPO" && pwd)
		echo "$r (BENCH_REPO)" >"$work/gen-$d-$c"
	elif fresh "$r"; then
		echo "$r (made before)" >"$work/gen-$d-$c"
	else
		say "generating $d documents, $c commits at $r"
		t0=$(date +%s)
		if ! sh "$gen" "$r" "$d" "$c" >&2; then
			say "FAILED: generate.sh $r $d $c"
			status=2
			continue
		fi
		echo "$r (made in $(($(date +%s) - t0)) s)" >"$work/gen-$d-$c"
	fi
	echo "$r" >"$work/repo-$d-$c"
done 3<"$work/points"

# Whatever clauselint or git does, no repository may change.
bench_mark
load0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
t_start=$(date +%s)

# timed NAME OKSTATUSES CMD...: one run of CMD, its "wall cpu rss" added
# to $work/NAME; on an exit status not in OKSTATUSES, NAME is marked
# failed ($work/NAME.failed holds why) and not run again.
timed() {
	t_name=$1 t_ok=$2
	shift 2
	[ ! -f "$work/$t_name.failed" ] || return 0
	bench_run "$@"
	case " $t_ok " in
	*" $code "*) echo "$wall $cpu $rss" >>"$work/$t_name" ;;
	*)
		echo "exit $code: $(grep -v '^Command exited with' "$work/err" | head -n 1)" >"$work/$t_name.failed"
		say "FAILED: $t_name: $(cat "$work/$t_name.failed")"
		status=2
		;;
	esac
}

# summary NAME: "wall-median cpu-median peak-MB" of NAME, or n/a n/a n/a.
summary() {
	if [ -f "$work/$1.failed" ] || [ ! -s "$work/$1" ]; then
		echo "n/a n/a n/a"
	else
		echo "$(cut -d' ' -f1 "$work/$1" | bench_median)" \
			"$(cut -d' ' -f2 "$work/$1" | bench_median)" \
			"$(cut -d' ' -f3 "$work/$1" | bench_mb)"
	fi
}

while read -r d c <&3; do
	[ -f "$work/repo-$d-$c" ] || { echo "$d $c n/a n/a n/a n/a n/a n/a n/a n/a n/a n/a" >>"$work/results"; continue; }
	r=$(cat "$work/repo-$d-$c")
	pack=$(du -sk "$r/.git/objects/pack" | awk '{ printf "%.1f", $1 / 1024 }')
	# The copy reads every file of the repository, which warms the page
	# cache for the runs below; so does one git log that is not timed.
	copy=$work/staged-repo
	rm -rf "$copy"
	: >"$work/lint" && : >"$work/log" && : >"$work/staged"
	rm -f "$work/lint.failed" "$work/log.failed" "$work/staged.failed"
	if ! bench_staged_copy "$r" "$copy"; then
		echo "$note" >"$work/staged.failed"
		say "$note"
		status=2
	fi
	git -C "$r" log --no-renames --raw --format=%H%n%B HEAD >/dev/null 2>&1
	i=1
	while [ "$i" -le "$runs" ]; do
		say "$d documents, $c commits: round $i of $runs"
		timed lint "0 1" "$bin" -C "$r" --now "$now" --format json -o /dev/null
		timed log "0" git -C "$r" log --no-renames --raw --format=%H%n%B HEAD
		timed staged "0 1" "$bin" -C "$copy" --staged --now "$now" --format json -o /dev/null
		i=$((i + 1))
	done
	rm -rf "$copy"
	echo "$d $c $pack $(summary lint) $(summary log) $(summary staged)" >>"$work/results"
	for n in lint log staged; do
		[ ! -f "$work/$n.failed" ] || echo "$d $c $n $(cat "$work/$n.failed")" >>"$work/failures"
	done
done 3<"$work/points"

load1=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
elapsed=$(($(date +%s) - t_start))

# table TITLE AXIS: the rows of one series (AXIS 1 documents, 2 commits),
# with the growth from the row before.
table() {
	echo
	echo "### $1"
	echo
	awk -v axis="$2" '
	function f(x, fmt) { return x == "n/a" ? "n/a" : sprintf(fmt, x) }
	function q(a, b) { return (a == "n/a" || b == "n/a" || b + 0 == 0) ? "n/a" : a / b }
	function x(a, b,   r) { r = q(a, b); return r == "n/a" ? "n/a" : sprintf("%.2f", r) }
	function group(n,   s) { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); return s }
	BEGIN {
		print "| documents | commits | pack MiB | lint wall s | lint CPU s | peak MB | git log wall s | git log CPU s | lint / git log wall | lint / git log CPU | staged wall s | size × | lint wall × | lint CPU × | peak MB × | git log CPU × | k |"
		print "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	}
	{
		size = $axis
		lw = $4; lc = $5; lm = $6; gw = $7; gc = $8; sw = $10
		line = sprintf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s", group($1), group($2), $3,
			f(lw, "%.2f"), f(lc, "%.2f"), f(lm, "%.1f"), f(gw, "%.2f"), f(gc, "%.2f"),
			x(lw, gw), x(lc, gc), f(sw, "%.2f"))
		if (NR == 1) line = line " | | | | | | |"
		else {
			# k: lint CPU grows as size^k; 1 is linear.
			r = q(lc, plc)
			k = (r == "n/a" || r <= 0) ? "n/a" : sprintf("%.2f", log(r) / log(size / psize))
			if (k != "n/a" && k + 0 > 1.15) k = "**" k "**"
			line = line sprintf(" | %.3g | %s | %s | %s | %s | %s |", size / psize,
				x(lw, plw), x(lc, plc), x(lm, plm), x(gc, pgc), k)
		}
		print line
		psize = size; plw = lw; plc = lc; plm = lm; pgc = gc
	}'
}

echo "## Scaling: $("$bin" --version 2>/dev/null | head -n 1), $(git --version)"
echo
echo "$runs rounds of lint, git log and staged lint on each repository; median wall and"
echo "CPU (user + system) seconds, largest peak resident set. $(nproc 2>/dev/null || echo '?') CPUs;"
echo "load average $load0 before, $load1 after; $elapsed s of measurement."
awk -v at="$docs_at" '$2 == at' "$work/results" | sort -n -k 1,1 >"$work/docs-rows"
awk -v at="$commits_at" '$1 == at' "$work/results" | sort -n -k 2,2 >"$work/commits-rows"
group() { # N: with commas between thousands
	awk -v n="$1" 'BEGIN { s = n; while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'
}
[ ! -s "$work/docs-rows" ] || table "Documents, at $(group "$docs_at") commits" 1 <"$work/docs-rows"
[ ! -s "$work/commits-rows" ] || table "Commits, at $(group "$commits_at") documents" 2 <"$work/commits-rows"
echo
echo "size ×, lint wall × ...: each against the row above; k: lint CPU grows as size^k"
echo "(1 is linear; in bold when above 1.15, super-linear beyond the noise of a few runs)."
echo
echo "Repositories:"
while read -r d c <&3; do
	[ ! -f "$work/gen-$d-$c" ] || echo "  $(cat "$work/gen-$d-$c")"
done 3<"$work/points"
if [ -s "$work/failures" ]; then
	echo
	echo "FAILED (documents, commits, measurement, why):"
	sed 's/^/  /' "$work/failures"
fi

while read -r d c <&3; do
	[ -f "$work/repo-$d-$c" ] || continue
	r=$(cat "$work/repo-$d-$c")
	if ! written=$(bench_written "$r"); then
		echo
		echo "FAILED: $r was written to during the benchmark:"
		echo "$written" | sed 's/^/  /'
		status=2
	fi
done 3<"$work/points"
exit "$status"
