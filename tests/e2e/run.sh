#!/bin/sh
# End-to-end cases: each folder under tests/e2e/cases/ builds a real git
# repository with the git CLI (fixed dates), runs the real binary on it and
# compares what it printed with the expected report kept beside the case.
#
#   sh tests/e2e/run.sh BIN [CASE...]
#
# A case folder holds:
#   setup.sh          builds the repository in the current (empty) directory;
#                     tests/e2e/lib.sh is sourced first (commit, write, ...)
#   cmd               the command line, run by sh in the repository with
#                     $CLAUSELINT set (default: $CLAUSELINT --now 2026-11-22)
#   expected          expected standard output ("{REPO}" stands for the path
#                     of the repository, for messages that name it)
#   expected-status   expected exit status (default 0)
#   expected-stderr   expected standard error (default: checked to be empty
#                     when the status is 0 or 1)
#   limits            "SECONDS [MEGABYTES]": the case must finish within
#                     SECONDS (default 60) in at most MEGABYTES of address
#                     space (ulimit -v; not under a sanitizer or valgrind)
#   no-approve-trust  present: the trust inputs are not approved after the
#                     first commit nor after setup.sh (lib.sh,
#                     approve_trust): the case is about them
#   writes            present: `cmd` writes to the repository on purpose
#                     (init --adopt, then the commits it prints), so the
#                     check that clauselint wrote nothing is left out
#
# Every case also checks that clauselint wrote nothing to the repository
# and finished within 60 seconds (or its `limits`), and, unless it
# `writes`, that running it again warm through the history cache its first
# run made, then with no cache, prints the same, byte for byte. UPDATE=1 rewrites the expected files
# (review the diff before committing it); VALGRIND=1 runs the binary under
# valgrind and fails a case on any memory error or leak.
set -u

bin=${1:?usage: run.sh BIN [CASE...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "e2e: no binary at $bin" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-e2e.XXXXXX")
# Each case's repository is deleted as soon as the case is judged (a
# failed one too: its output is printed), so the scratch space stays
# the size of one case and deleting it at the end costs nothing.
trap 'rm -rf "$work"' EXIT INT TERM

# A git that ignores the machine's configuration and has fixed dates.
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export GIT_AUTHOR_DATE="2026-01-15T10:00:00Z" GIT_COMMITTER_DATE="2026-01-15T10:00:00Z"
export GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL="sam@example.com"
export GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL="sam@example.com"
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY NO_COLOR CLICOLOR_FORCE GIT_INDEX_FILE
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global core.quotepath false

if [ "${VALGRIND:-0}" = 1 ]; then
	CLAUSELINT="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect $bin"
else
	CLAUSELINT=$bin
fi
# The binary itself, without valgrind, for setup.sh to ask (lib.sh).
export CLAUSELINT CLAUSELINT_BIN="$bin"
# This folder, for a cmd that needs one of its helpers (cache-forge.py).
export E2E_DIR="$here"

# What clauselint must never change: every entry of the working tree and
# of .git, by kind, mode, size and content. -exec hands names over intact,
# whatever characters they hold.
snapshot() {
	(cd "$1" && find . -printf '%y %m %s %p\n' && find . -type f -exec cksum {} +) 2>&1 | LC_ALL=C sort
}

# A sanitizer's shadow memory or valgrind needs far more address space
# than the ceilings of the `limits` files allow: there only time is held.
sanitized=
if [ "${VALGRIND:-0}" = 1 ] || grep -q __asan_init "$bin"; then
	sanitized=1
fi

passed=0
failed=0
failures=""

run_case() {
	dir=$1
	name=$(basename "$dir")
	repo="$work/cases/$name"
	mkdir -p "$repo"
	NO_APPROVE_TRUST=
	[ -f "$dir/no-approve-trust" ] && NO_APPROVE_TRUST=1
	if ! (cd "$repo" && export NO_APPROVE_TRUST && . "$here/lib.sh" && . "$dir/setup.sh" &&
		{ [ -n "$NO_APPROVE_TRUST" ] || approve_trust; }) >"$work/setup.log" 2>&1; then
		echo "FAIL $name: setup.sh failed"
		sed 's/^/    /' "$work/setup.log"
		return 1
	fi
	before=$(snapshot "$repo")
	cmd='$CLAUSELINT --now 2026-11-22'
	[ -f "$dir/cmd" ] && cmd=$(cat "$dir/cmd")
	seconds=60 limit_mb=
	[ -f "$dir/limits" ] && read -r seconds limit_mb <"$dir/limits"
	memory=
	[ -n "$limit_mb" ] && [ -z "$sanitized" ] && memory="ulimit -v $((limit_mb * 1024)) && "
	# The first run builds the case's own history cache (docs/cache.md).
	CLAUSELINT_CACHE_DIR="$work/cache/$name"
	export CLAUSELINT_CACHE_DIR
	(cd "$repo" && REPO="$repo" timeout "$seconds" sh -c "$memory$cmd") >"$work/out" 2>"$work/err"
	status=$?
	after=$(snapshot "$repo")
	sed "s|$repo|{REPO}|g" "$work/out" >"$work/out.norm"
	sed "s|$repo|{REPO}|g" "$work/err" >"$work/err.norm"
	want_status=0
	[ -f "$dir/expected-status" ] && want_status=$(cat "$dir/expected-status")
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$work/out.norm" "$dir/expected"
		[ "$status" = 0 ] || echo "$status" >"$dir/expected-status"
		[ "$status" = 0 ] && rm -f "$dir/expected-status"
		if [ -s "$work/err.norm" ]; then cp "$work/err.norm" "$dir/expected-stderr"; else rm -f "$dir/expected-stderr"; fi
		want_status=$status
	fi
	ok=1
	if [ "$status" = 124 ]; then
		echo "FAIL $name: did not finish within $seconds s"
		ok=0
	elif [ "$status" != "$want_status" ]; then
		echo "FAIL $name: exit status $status, expected $want_status"
		sed 's/^/    stderr: /' "$work/err.norm"
		ok=0
	fi
	if ! diff -u "$dir/expected" "$work/out.norm" >"$work/diff" 2>&1; then
		echo "FAIL $name: output differs from expected"
		sed 's/^/    /' "$work/diff"
		ok=0
	fi
	if [ -f "$dir/expected-stderr" ]; then
		if ! diff -u "$dir/expected-stderr" "$work/err.norm" >"$work/diff"; then
			echo "FAIL $name: standard error differs"
			sed 's/^/    /' "$work/diff"
			ok=0
		fi
	elif [ -s "$work/err.norm" ]; then
		echo "FAIL $name: unexpected output on standard error"
		sed 's/^/    /' "$work/err.norm"
		ok=0
	fi
	if [ "$before" != "$after" ] && [ ! -f "$dir/writes" ]; then
		echo "FAIL $name: the repository was modified"
		ok=0
	fi
	# The same report read through the cache the first run left, and
	# without any cache (a cmd that writes can't be run again).
	if [ ! -f "$dir/writes" ] && ! same_every_way "$repo" "$cmd" "$memory" "$seconds" "$status"; then
		ok=0
	fi
	if [ ! -f "$dir/cmd" ] && ! check_github_format "$repo"; then
		echo "FAIL $name: --format github printed something other than one command per finding"
		ok=0
	fi
	[ $ok = 1 ]
}

# same_every_way REPO CMD MEMORY SECONDS STATUS: the case's command, run
# again warm (through the cache its first run wrote) and with no cache at
# all, prints what the first run printed, byte for byte.
same_every_way() {
	for way in warm none; do
		[ $way = none ] && CLAUSELINT_CACHE_DIR=
		(cd "$1" && REPO="$1" timeout "$4" sh -c "$3$2") >"$work/out.$way" 2>"$work/err.$way"
		again=$?
		if [ "$again" != "$5" ] || ! cmp -s "$work/out" "$work/out.$way" || ! cmp -s "$work/err" "$work/err.$way"; then
			echo "FAIL $name: the report differs when run again ($way cache: exit $again, not $5)"
			diff -u "$work/out" "$work/out.$way" | sed 's/^/    /'
			diff -u "$work/err" "$work/err.$way" | sed 's/^/    /'
			return 1
		fi
	done
}

# On every repository linted with the default command: the github format
# prints exactly one workflow command per finding of the json report, and
# nothing else (no path or message may start a command of its own).
check_github_format() {
	(cd "$1" && $CLAUSELINT --now 2026-11-22 --format github) >"$work/gh" 2>/dev/null
	(cd "$1" && $CLAUSELINT --now 2026-11-22 --format json) >"$work/json" 2>/dev/null
	findings=$(grep -c '^    {"rule": ' "$work/json")
	commands=$(grep -cE '^::(error|warning|notice) (file=[^,:]*,line=[0-9]+,col=[0-9]+,)?title=[^:,]*::' "$work/gh")
	lines=$(wc -l <"$work/gh")
	[ "$findings" = "$commands" ] && [ "$commands" = "$lines" ]
}

if [ $# -gt 0 ]; then
	cases=""
	for c in "$@"; do cases="$cases $here/cases/$c"; done
else
	cases=$(find "$here/cases" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort)
fi

for dir in $cases; do
	if run_case "$dir"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		failures="$failures $(basename "$dir")"
	fi
	# The case's repository and the folders beside it its cmd made.
	rm -rf "$work/cases/$(basename "$dir")" "$work/cases/$(basename "$dir")".* "$work/cache/$(basename "$dir")"
done

[ -n "$failures" ] && echo "failed:$failures"
echo "e2e: $passed passed, $failed failed"
[ $failed = 0 ]
