# shellcheck shell=sh disable=SC2034,SC2154 # sets variables for, and reads $work of, the script that sources it
# bench/lib.sh: what bench/run.sh and bench/scaling.sh share. Sourced, not
# run; the sourcing script sets $work to a scratch folder of its own first.
# Internal variables start with b_; the results are in the variables each
# function names.

# bench_clocks: sets gnutime to /usr/bin/time when it is GNU time (wall,
# user, system and peak resident set), otherwise empty; nsclock to 1 when
# date has a nanosecond clock (%N), otherwise empty. GNU time's %e counts
# in steps of 10 ms, too coarse for short runs, so wall time comes from
# date when it can. Returns 1 when there is neither.
bench_clocks() {
	gnutime=
	if [ -x /usr/bin/time ] &&
		/usr/bin/time -f '%e %U %S %M' -o "$work/probe" true 2>/dev/null &&
		grep -q '^[0-9.]* [0-9.]* [0-9.]* [0-9]*$' "$work/probe"; then
		gnutime=/usr/bin/time
	fi
	case $(date +%s%N 2>/dev/null) in *[!0-9]* | '') nsclock= ;; *) nsclock=1 ;; esac
	[ -n "$gnutime" ] || [ -n "$nsclock" ]
}

# bench_run CMD...: runs CMD once, its output to /dev/null and its errors
# to $work/err. Sets code (its exit status), wall (seconds, 3 decimals),
# cpu (user + system seconds, or n/a without GNU time) and rss (peak
# resident set in KiB, or n/a without GNU time).
bench_run() {
	b_t0='' b_t1=''
	if [ -n "$nsclock" ]; then b_t0=$(date +%s%N); fi
	if [ -n "$gnutime" ]; then
		"$gnutime" -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err"
	else
		"$@" >/dev/null 2>"$work/err"
	fi
	code=$?
	if [ -n "$nsclock" ]; then b_t1=$(date +%s%N); fi
	wall=n/a cpu=n/a rss=n/a
	if [ -n "$gnutime" ]; then
		# GNU time writes "Command exited with non-zero status N" first.
		b_line=$(tail -n 1 "$work/time")
		cpu=$(echo "$b_line" | awk '{ printf "%.2f", $2 + $3 }')
		rss=${b_line##* }
		wall=${b_line%% *}
	fi
	if [ -n "$nsclock" ]; then
		wall=$(echo "$b_t0 $b_t1" | awk '{ printf "%.3f", ($2 - $1) / 1e9 }')
	fi
}

# bench_median: the median of the numbers on standard input, 3 decimals;
# n/a when there are none or one of them is n/a.
bench_median() {
	sort -n | awk '$1 == "n/a" { bad = 1 } { v[NR] = $1 } END {
		if (bad || NR == 0) { print "n/a"; exit }
		printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_mb: the largest of the KiB numbers on standard input, in MB with
# one decimal; n/a when there are none or one of them is n/a.
bench_mb() {
	sort -n | awk '$1 == "n/a" { bad = 1 } END {
		if (bad || NR == 0) print "n/a"; else printf "%.1f", $1 / 1024 }'
}

# bench_div A B: A / B to 3 decimals, or n/a.
bench_div() {
	case $1$2 in *n/a*) echo n/a ;; *) awk -v a="$1" -v b="$2" 'BEGIN {
		if (b + 0 > 0) printf "%.3f", a / b; else print "n/a" }' ;; esac
}

# bench_staged_copy REPO COPY: copies REPO to COPY (which must not exist),
# appends a sentence to the first Markdown document that is not a README
# and adds it to the index. Sets doc to its path; on failure returns 1 with
# the reason in note.
bench_staged_copy() {
	doc='' note=''
	if ! cp -a "$1" "$2"; then
		note="FAILED: cannot copy $1"
		return 1
	fi
	doc=$(git -C "$2" ls-files -- '*.md' | grep -v -i 'readme\.md$' | head -n 1)
	if [ -z "$doc" ]; then
		note="FAILED: no Markdown document to change in $1"
		return 1
	fi
	printf '\nA sentence changed for the staged benchmark.\n' >>"$2/$doc"
	git -C "$2" add -- "$doc" || { note="FAILED: git add $doc"; return 1; }
}

# bench_mark, then bench_written REPO: REPO is only read. bench_written
# prints the first files below REPO written since bench_mark, and returns
# 1 when there are any.
bench_mark() {
	touch "$work/mark"
	sleep 1 # mtimes may have a resolution of one second
}
bench_written() {
	b_written=$(find "$1" -newer "$work/mark" | head -n 5)
	[ -z "$b_written" ] || { echo "$b_written"; return 1; }
}
