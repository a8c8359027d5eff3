# report.sh: how the integration scripts count and show their steps.
# Sourced after $work is set: the output of the last command is kept in
# $work/out, shown on failure (or always with VERBOSE=1); `ok` and `fail`
# count.
passed=0
failed=0

show() {
	sed 's/^/    | /' "$work/out"
}

ok() {
	passed=$((passed + 1))
	echo "ok   $1"
	[ "${VERBOSE:-0}" = 1 ] && show
	return 0
}

fail() {
	failed=$((failed + 1))
	echo "FAIL $1"
	show
	return 0
}
