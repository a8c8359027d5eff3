#!/bin/sh
# The two repositories of `make demo` keep saying what the README says
# they do:
#
#   fixtures/example-isms   a complete ISMS: no finding at all, exit 0,
#                           every requirement note claimed
#   fixtures/demo           the typical audit findings: exit 1, and each
#                           classic finding present (by rule name, so the
#                           wording of a message may change)
#
#   sh tests/e2e/fixtures.sh BIN
set -u

bin=${1:?usage: fixtures.sh BIN}
root=$(cd "$(dirname "$0")/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "fixtures: no binary at $bin" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-fixtures.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# The history cache in the scratch folder, never the user's (docs/cache.md).
export CLAUSELINT_CACHE_DIR="$work/cache"

failed=0
fail() {
	echo "FAIL $*"
	failed=$((failed + 1))
}

# ---- the complete example: clean ----

if ! sh "$root/fixtures/example-isms/build.sh" "$work/example" >"$work/build.log" 2>&1; then
	fail "example-isms: build.sh failed"
	sed 's/^/    /' "$work/build.log"
else
	"$bin" -C "$work/example" --now 2026-11-22 >"$work/out" 2>"$work/err"
	status=$?
	[ "$status" = 0 ] || fail "example-isms: exit status $status, expected 0"
	if ! grep -qx '0 errors, 0 warnings, 0 notes in [0-9]* documents\(; [0-9]* Markdown files\{0,1\} not governed: .*\)\{0,1\}' "$work/out" ||
		[ "$(wc -l <"$work/out")" != 1 ] || [ -s "$work/err" ]; then
		fail "example-isms: expected no finding at all, got:"
		sed 's/^/    /' "$work/out" "$work/err"
	fi
	"$bin" -C "$work/example" status --requirements --format json --now 2026-11-22 >"$work/req" 2>&1
	if ! grep -q '"code": "A.5.4"' "$work/req" || grep -q '"documents": \[\]' "$work/req"; then
		fail "example-isms: every requirement note (A.5.4 among them) should be claimed:"
		sed 's/^/    /' "$work/req"
	fi
fi

# ---- the audit findings: each classic one present ----

expected_rules="
approval-stale
approver-role-mismatch
self-approval
review-overdue
approval-missing
roles-mandatory-unassigned
role-unknown
management-review-missing
management-training-exempt
management-statement-missing
resource-approval-missing
unknown-clause
requirement-uncovered
"

if ! sh "$root/fixtures/demo/build.sh" "$work/demo" >"$work/build.log" 2>&1; then
	fail "demo: build.sh failed"
	sed 's/^/    /' "$work/build.log"
else
	"$bin" -C "$work/demo" --now 2026-11-22 --format json >"$work/out" 2>"$work/err"
	status=$?
	[ "$status" = 1 ] || fail "demo: exit status $status, expected 1"
	[ -s "$work/err" ] && fail "demo: unexpected standard error: $(cat "$work/err")"
	for rule in $expected_rules; do
		grep -q "^    {\"rule\": \"$rule\"" "$work/out" || fail "demo: no $rule finding"
	done
fi

if [ $failed = 0 ]; then
	echo "fixtures: example-isms clean, demo shows the expected findings"
else
	echo "fixtures: $failed failed"
	exit 1
fi
