#!/bin/sh
# rules.sh: every rule the binary registers is explained, fired by an
# end-to-end case, and in the rules reference (docs/architecture.md,
# Adding a rule):
#
#   sh tests/e2e/rules.sh BIN
#
# - `clauselint explain RULE` says what it checks and how to fix it;
# - some case's expected report under tests/e2e/cases/ shows a finding of
#   RULE (text `[RULE]`, json `"rule": "RULE"`, github `title=RULE`);
# - docs/rules.md is what `clauselint rules --format markdown` prints now
#   (make docs writes it).
set -u

bin=${1:?usage: rules.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
failed=0
count=0

fail() {
	echo "FAIL $*"
	failed=$((failed + 1))
}

names=$("$bin" rules --format json | sed -n 's/^  {"name": "\([a-z0-9-]*\)".*/\1/p')
[ -n "$names" ] || { echo "rules: 'clauselint rules --format json' listed no rule" >&2; exit 1; }
for rule in $names; do
	count=$((count + 1))
	text=$("$bin" explain "$rule" 2>&1) || { fail "$rule: explain failed: $text"; continue; }
	case $text in *"What it checks"*"How to fix"*) ;; *) fail "$rule: its explanation lacks 'What it checks' or 'How to fix'" ;; esac
	if ! grep -rqsF -e "[$rule]" -e "\"rule\": \"$rule\"" -e "title=$rule " \
		--include='expected*' "$here/cases"; then
		fail "$rule: no end-to-end case fires it (tests/e2e/cases/*/expected)"
	fi
done

"$bin" rules --format markdown | cmp -s - "$top/docs/rules.md" ||
	fail "docs/rules.md is not what 'clauselint rules --format markdown' prints: run make docs"

echo "rules: $count rules, $failed problems"
[ $failed = 0 ]
