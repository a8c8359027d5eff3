#!/bin/sh
# End-to-end tests of `clauselint init`. Unlike every other command, init
# writes to the repository, so it can't be a case of run.sh (whose harness
# fails a case that changes the repository). Each test here builds real
# git repositories in a temporary folder, with fixed identities and
# dates, and runs the real binary.
#
#   sh tests/e2e/init.sh BIN [TEST...]
#
# TEST names a function below (test_...), without the prefix. VALGRIND=1
# runs clauselint under valgrind (every run of it: the tests are few) and
# fails a test on any memory error or leak.
set -u

bin=${1:?usage: init.sh BIN [TEST...]}
shift
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "e2e init: no binary at $bin" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-init.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

NOW=2026-11-22
CEO_NAME="Dana Whitfield"
CEO_EMAIL=dana@example.com
LEAD_NAME="Sam Ortiz"
LEAD_EMAIL=sam@example.com

# A git that ignores the machine's configuration and has fixed dates. The
# git user (user.name, user.email: what init reads) is the ISMS Lead; the
# identity variables are left unset so that git commits as that user.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export GIT_AUTHOR_DATE="${NOW}T09:00:00Z" GIT_COMMITTER_DATE="${NOW}T09:00:00Z"
unset GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL EMAIL
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY NO_COLOR CLICOLOR_FORCE GIT_DIR GIT_WORK_TREE
mkdir -p "$HOME" "$work/empty-home"
git config --global init.defaultBranch main
git config --global user.name "$LEAD_NAME"
git config --global user.email "$LEAD_EMAIL"

if [ "${VALGRIND:-0}" = 1 ]; then
	CLAUSELINT="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect $bin"
else
	CLAUSELINT=$bin
fi

# The files init writes on $NOW.
FILES=".clauselint.yml people.yml policies/information-security-policy.md
policies/roles-and-responsibilities.md policies/management-statement.md
records/management-review-$NOW.md records/resource-approval-$NOW.md
records/security-training-$NOW.md records/acknowledgement-POL-001-1.0.md"

# fail MESSAGE: the current test fails. A test fails when it prints
# anything: every check says what went wrong, nothing else prints.
fail() {
	echo "    $1"
}

show() {
	sed 's/^/      stdout: /' "$work/out"
	sed 's/^/      stderr: /' "$work/err"
}

# new_repo NAME: an empty repository at $work/NAME; prints its path.
new_repo() {
	git init -q "$work/$1"
	echo "$work/$1"
}

# clauselint DIR ARGS...: runs clauselint in DIR; sets $status, keeps
# standard output and error in $work/out and $work/err.
clauselint() {
	dir=$1
	shift
	(cd "$dir" && timeout 60 $CLAUSELINT "$@") >"$work/out" 2>"$work/err"
	status=$?
}

# What must not change: every entry under DIR, by kind, mode, size and
# content.
snapshot() {
	(cd "$1" && find . -printf '%y %m %s %p\n' && find . -type f -exec cksum {} +) 2>&1 | LC_ALL=C sort
}

expect_status() {
	[ "$status" = "$1" ] || { fail "exit status $status, expected $1"; show; }
}

# expect_one_line PATTERN: standard error is one line, starting
# "clauselint: " and matching PATTERN (grep -E); standard output empty.
expect_one_line() {
	[ "$(wc -l <"$work/err")" = 1 ] || { fail "standard error is not one line"; show; return; }
	grep -q "^clauselint: " "$work/err" || fail "standard error doesn't start with 'clauselint: '"
	grep -Eq -- "$1" "$work/err" || { fail "standard error doesn't match /$1/"; show; }
	[ ! -s "$work/out" ] || { fail "standard output is not empty"; show; }
}

# expect_finding RULE [TEXT]: the last lint reported RULE, on a line that
# also has TEXT.
expect_finding() {
	"$bin" explain "$1" >/dev/null 2>&1 || { fail "this build has no rule $1"; return; }
	grep "\[$1\]\$" "$work/out" | grep -qF -- "${2:-}" ||
		{ fail "no $1 finding${2:+ mentioning '$2'}"; show; }
}

expect_no_finding() {
	! grep -q "\[$1\]\$" "$work/out" || { fail "unexpected $1 finding"; show; }
}

# The commands init printed for the user to copy, one per line, indented
# by five spaces: cd, git, clauselint.
printed_commands() {
	sed -n 's/^     \(cd \|git \|clauselint\)/\1/p' "$1"
}

# as_ceo COMMAND...: runs a command as the CEO.
as_ceo() {
	GIT_AUTHOR_NAME=$CEO_NAME GIT_AUTHOR_EMAIL=$CEO_EMAIL \
	GIT_COMMITTER_NAME=$CEO_NAME GIT_COMMITTER_EMAIL=$CEO_EMAIL "$@"
}

# init_and_commit REPO: init with --ceo, then the printed `git add` and
# `git commit` (as the git user, the ISMS Lead); keeps init's output in
# $work/init.out.
init_and_commit() {
	clauselint "$1" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	cp "$work/out" "$work/init.out"
	[ "$status" = 0 ] || { fail "init failed"; show; return 1; }
	printed_commands "$work/init.out" | grep -v -e '--allow-empty' -e '^clauselint' >"$work/commit.sh"
	grep -q '^git add ' "$work/commit.sh" || { fail "init printed no git add"; show; return 1; }
	(cd "$1" && sh -e "$work/commit.sh") >"$work/git.log" 2>&1 ||
		{ fail "the printed git add/commit failed"; sed 's/^/      /' "$work/git.log"; return 1; }
}

# approve_printed REPO: the CEO runs the approval command init printed.
approve_printed() {
	printed_commands "$work/init.out" | grep -e '--allow-empty' >"$work/approve.sh"
	[ "$(wc -l <"$work/approve.sh")" = 1 ] || { fail "init printed $(wc -l <"$work/approve.sh") approval commands, not 1"; return 1; }
	(cd "$1" && as_ceo sh -e "$work/approve.sh") >"$work/git.log" 2>&1 ||
		{ fail "the printed approval command failed"; sed 's/^/      /' "$work/git.log"; return 1; }
}

# approved_repo NAME: a repository after init, commit and approval.
approved_repo() {
	repo=$(new_repo "$1")
	init_and_commit "$repo" && approve_printed "$repo"
}

# reapprove REPO PATH: the CEO approves PATH as committed.
reapprove() {
	(cd "$1" && as_ceo git commit -q --allow-empty -m "Approve $2" \
		--trailer "Approved-by: $CEO_NAME <$CEO_EMAIL>" --trailer "Approves: $2")
}

commit_all() {
	(cd "$1" && git add -A && git commit -q -m "$2")
}

# ---- the tests ----

# Init in an empty repository writes every file, then the printed commands
# commit and approve them, and the repository is clean.
test_init_commit_approve_clean() {
	repo=$(new_repo fresh)
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 0
	[ ! -s "$work/err" ] || { fail "init wrote to standard error"; show; }
	for f in $FILES; do
		[ -f "$repo/$f" ] || fail "init did not write $f"
		grep -qxF "  $f" "$work/out" || fail "init did not list $f"
	done
	grep -q "exists" "$work/out" && fail "init said something exists"
	# The CEO and the git user (the ISMS Lead) are two people.
	grep -A2 "name: $CEO_NAME\$" "$repo/people.yml" | grep -q "roles: \[CEO\]" ||
		fail "people.yml doesn't give $CEO_NAME the role CEO"
	grep -A2 "name: $LEAD_NAME\$" "$repo/people.yml" | grep -q "roles: \[ISMS Lead\]" ||
		fail "people.yml doesn't give $LEAD_NAME the role ISMS Lead"
	grep -q "attendees: \[$CEO_NAME, $LEAD_NAME\]" "$repo/records/management-review-$NOW.md" ||
		fail "the management review doesn't list both as attendees"
	# Every printed command is on a line of its own: the approval names
	# the CEO and the four documents top management approves.
	cp "$work/out" "$work/init.out"
	printed_commands "$work/init.out" >"$work/commands"
	grep -q '^git commit --allow-empty .*--trailer "Approved-by: Dana Whitfield <dana@example.com>"' "$work/commands" ||
		fail "no approval command by the CEO"
	for f in policies/information-security-policy.md policies/roles-and-responsibilities.md \
		policies/management-statement.md records/resource-approval-$NOW.md; do
		grep -e '--allow-empty' "$work/commands" | grep -qF -- "--trailer \"Approves: $f\"" ||
			fail "the approval command doesn't approve $f"
	done
	grep -qx 'clauselint' "$work/commands" || fail "the next steps don't say to run clauselint"
	grep -qx 'clauselint status' "$work/commands" || fail "the next steps don't say to run clauselint status"
	grep -q '^cd ' "$work/commands" && fail "init run at the root printed a cd"

	printed_commands "$work/init.out" | grep -v -e '--allow-empty' -e '^clauselint' >"$work/commit.sh"
	(cd "$repo" && sh -e "$work/commit.sh") >"$work/git.log" 2>&1 ||
		{ fail "the printed git add/commit failed"; sed 's/^/      /' "$work/git.log"; }
	[ -z "$(cd "$repo" && git status --porcelain)" ] || fail "the printed git add left files out"

	# Before the approval: the approvable documents are reported.
	clauselint "$repo" --now $NOW
	expect_status 1
	for f in policies/information-security-policy.md policies/roles-and-responsibilities.md \
		policies/management-statement.md; do
		grep -q "^$f:.*\[approval-missing\]\$" "$work/out" || { fail "no approval-missing for $f"; show; }
	done

	# The CEO approves with the printed command; then nothing is left.
	approve_printed "$repo" || return
	clauselint "$repo" --now $NOW
	expect_status 0
	grep -q '^0 errors, 0 warnings, 0 notes in 7 documents$' "$work/out" ||
		{ fail "after the approval the repository is not clean"; show; }
	clauselint "$repo" status --now $NOW
	expect_status 0
	[ "$(grep -c ' approved .* Dana Whitfield ' "$work/out")" = 3 ] ||
		{ fail "status doesn't show the 3 policies approved by the CEO"; show; }
	grep -q "^RES-$NOW .* $NOW  *Dana Whitfield .*records/resource-approval-$NOW.md\$" "$work/out" ||
		{ fail "status doesn't show the resource plan approved by the CEO"; show; }
}

# The README's way to turn signed approvals on, in the configuration init
# writes: its sed command, verbatim, gives one `approvals:` section with
# require_signature set (appending the README's YAML once gave a
# duplicate key), and an unsigned approval then doesn't count.
test_readme_signed_approvals_edit() {
	repo=$(new_repo signed)
	init_and_commit "$repo" || return
	approve_printed "$repo" || return
	edit=$(grep -o "sed -i 's/# require_signature: true/require_signature: true/' .clauselint.yml" "$(dirname "$0")/../../README.md" | head -n 1)
	[ -n "$edit" ] || { fail "the README has no sed command that turns require_signature on"; return; }
	(cd "$repo" && sh -c "$edit") || { fail "the README's sed command failed"; return; }
	[ "$(grep -c '^approvals:' "$repo/.clauselint.yml")" = 1 ] || fail "not one approvals: section"
	grep -q '^  require_signature: true$' "$repo/.clauselint.yml" || { fail "require_signature is not on"; return; }
	(cd "$repo" && git commit -q -am "Require signed approvals") >"$work/git.log" 2>&1 || { fail "committing the edit failed"; return; }
	# The CEO approves the configuration change (unsigned: the version in
	# force before it didn't require signatures), then the policy again,
	# unsigned: that approval doesn't count.
	(cd "$repo" && as_ceo git commit -q --allow-empty -m "Approve the configuration" \
		--trailer "Approved-by: $CEO_NAME <$CEO_EMAIL>" --trailer "Approves: .clauselint.yml") ||
		{ fail "approving the configuration failed"; return; }
	echo "Reviewed." >>"$repo/policies/information-security-policy.md"
	(cd "$repo" && git commit -q -am "Review the policy" && as_ceo git commit -q --allow-empty -m "Approve POL-001" \
		--trailer "Approved-by: $CEO_NAME <$CEO_EMAIL>" --trailer "Approves: policies/information-security-policy.md") ||
		{ fail "the unsigned approval failed"; return; }
	clauselint "$repo" --now $NOW
	[ "$status" = 1 ] || { fail "exit status $status, expected 1"; show; }
	[ ! -s "$work/err" ] || { fail "clauselint wrote to standard error"; show; }
	expect_finding approval-unverified policies/information-security-policy.md
}

# Init again, before or after the commit: exit 2, one line, nothing changed.
test_init_twice_refused() {
	repo=$(new_repo twice)
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 0
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now 2026-11-23
	expect_status 2
	expect_one_line "\.clauselint\.yml exists .*clauselint init never overwrites"
	[ "$before" = "$(snapshot "$repo")" ] || fail "the second init changed the repository"

	commit_all "$repo" "Add the starter set"
	before=$(snapshot "$repo")
	clauselint "$repo" init --now $NOW
	expect_status 2
	expect_one_line "exists.*never overwrites"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init after the commit changed the repository"
}

# One file in the way: exit 2 naming it, and no other file is created.
test_one_existing_file_refused() {
	repo=$(new_repo existing)
	echo "people: []" >"$repo/people.yml"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "^clauselint: people\.yml exists; clauselint init never overwrites"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something although people.yml exists"

	# A record of that date, deep in a folder that exists.
	repo=$(new_repo existing-record)
	mkdir -p "$repo/records"
	echo "minutes" >"$repo/records/management-review-$NOW.md"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "records/management-review-$NOW\.md exists; clauselint init never overwrites"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something although a record exists"
}

# A folder, a file where a folder goes, a symbolic link (dangling or to
# a folder outside): refused, nothing written, nothing written outside.
test_things_in_the_way_refused() {
	repo=$(new_repo in-the-way-dir)
	mkdir "$repo/people.yml"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "people\.yml exists"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something (people.yml a folder)"

	repo=$(new_repo in-the-way-yaml)
	echo "review_interval: 6 months" >"$repo/.clauselint.yaml"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "\.clauselint\.yaml exists"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something beside .clauselint.yaml"

	repo=$(new_repo in-the-way-file)
	echo "not a folder" >"$repo/policies"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "policies exists and is not a folder"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something (policies a file)"

	repo=$(new_repo in-the-way-dangling)
	ln -s "$work/nowhere" "$repo/.clauselint.yml"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "\.clauselint\.yml exists"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something (dangling link)"
	[ -e "$work/nowhere" ] && fail "init wrote through a dangling link"

	repo=$(new_repo in-the-way-link)
	mkdir "$work/outside"
	ln -s "$work/outside" "$repo/records"
	before=$(snapshot "$repo")
	clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "records exists and is not a folder"
	[ "$before" = "$(snapshot "$repo")" ] || fail "init wrote something (records a link)"
	[ -z "$(ls -A "$work/outside")" ] || fail "init wrote through a link out of the repository"
}

# Not in a repository, or in a bare one: exit 2, one line, nothing written.
test_not_a_work_tree_refused() {
	mkdir "$work/plain"
	clauselint "$work/plain" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "not a git repository.*run git init first"
	[ -z "$(ls -A "$work/plain")" ] || fail "init wrote into a folder outside any repository"

	git init -q --bare "$work/bare.git"
	before=$(snapshot "$work/bare.git")
	clauselint "$work/bare.git" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 2
	expect_one_line "bare repository"
	[ "$before" = "$(snapshot "$work/bare.git")" ] || fail "init wrote into a bare repository"
}

# From a subfolder, or with -C: the files go to the root, and the printed
# commands start with a cd there.
test_subfolder_and_dash_c_write_at_root() {
	repo=$(new_repo from-subfolder)
	mkdir -p "$repo/docs/deep"
	clauselint "$repo/docs/deep" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 0
	[ -f "$repo/people.yml" ] || fail "init from a subfolder didn't write at the root"
	[ -e "$repo/docs/deep/people.yml" ] && fail "init wrote into the subfolder"
	cp "$work/out" "$work/init.out"
	printed_commands "$work/init.out" | head -n 1 | grep -qx "cd $repo/" ||
		fail "init from a subfolder didn't print a cd to the root first"
	printed_commands "$work/init.out" | grep -v -e '--allow-empty' -e '^clauselint' >"$work/commit.sh"
	(cd "$repo/docs/deep" && sh -e "$work/commit.sh") >"$work/git.log" 2>&1 ||
		{ fail "the printed commands failed from the subfolder"; sed 's/^/      /' "$work/git.log"; }

	repo=$(new_repo with-dash-c)
	clauselint "$work" -C "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
	expect_status 0
	[ -f "$repo/.clauselint.yml" ] || fail "init -C didn't write into the repository"
}

# No --ceo: the git user wears both hats, and people.yml says to split
# them. --ceo with the git user's e-mail (in another case): one person.
# No git identity but --ceo: the CEO wears both hats.
test_one_person() {
	repo=$(new_repo one-person)
	clauselint "$repo" init --now $NOW
	expect_status 0
	grep -A2 "name: $LEAD_NAME\$" "$repo/people.yml" | grep -q "roles: \[CEO, ISMS Lead\]" ||
		fail "without --ceo the git user isn't both CEO and ISMS Lead"
	[ "$(grep -c -- '^  - name:' "$repo/people.yml")" = 1 ] || fail "without --ceo people.yml has not one person"
	grep -qi "split the hats" "$repo/people.yml" || fail "people.yml doesn't say to split the hats"
	grep -qF "| $LEAD_NAME | $NOW |" "$repo/records/security-training-$NOW.md" ||
		fail "the training record doesn't list the one person"
	grep -q -- "--trailer \"Approved-by: $LEAD_NAME <$LEAD_EMAIL>\"" "$work/out" ||
		fail "the approval command isn't by the git user"

	repo=$(new_repo same-email)
	clauselint "$repo" init --ceo "Samuel Ortiz <SAM@example.com>" --now $NOW
	expect_status 0
	[ "$(grep -c -- '^  - name:' "$repo/people.yml")" = 1 ] || fail "the same e-mail made two people"
	grep -A2 "name: Samuel Ortiz\$" "$repo/people.yml" | grep -q "roles: \[CEO, ISMS Lead\]" ||
		fail "--ceo with the git user's e-mail isn't both CEO and ISMS Lead"

	repo=$(new_repo no-identity-with-ceo)
	(
		export HOME="$work/empty-home" XDG_CONFIG_HOME="$work/empty-home" GIT_CONFIG_GLOBAL=/dev/null
		clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW
		expect_status 0
	)
	grep -A2 "name: $CEO_NAME\$" "$repo/people.yml" | grep -q "roles: \[CEO, ISMS Lead\]" ||
		fail "without a git identity the CEO isn't the ISMS Lead too"
}

# No git identity and no --ceo: exit 2, one line, nothing written.
test_no_identity_refused() {
	repo=$(new_repo no-identity)
	before=$(snapshot "$repo")
	(
		export HOME="$work/empty-home" XDG_CONFIG_HOME="$work/empty-home" GIT_CONFIG_GLOBAL=/dev/null
		clauselint "$repo" init --now $NOW
		expect_status 2
		expect_one_line "user\.name and user\.email.*--ceo"
	)
	[ "$before" = "$(snapshot "$repo")" ] || fail "init without an identity wrote something"
}

# Bad --ceo, bad --now, a PATH, an option of lint: exit 2, one line,
# nothing written.
test_bad_arguments_refused() {
	repo=$(new_repo bad-arguments)
	before=$(snapshot "$repo")
	for ceo in "no email" "Dana <>" "<dana@example.com>" "Dana <dana>" "Dana <dana@example.com> x"; do
		clauselint "$repo" init --ceo "$ceo" --now $NOW
		expect_status 2
		expect_one_line "^clauselint: --ceo "
	done
	for now in 2026-13-01 2026-02-30 tomorrow 26-11-22; do
		clauselint "$repo" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now "$now"
		expect_status 2
		expect_one_line "--now expects a date YYYY-MM-DD"
	done
	clauselint "$repo" init policies
	expect_status 2
	expect_one_line "takes no PATH"
	clauselint "$repo" init --format json
	expect_status 2
	expect_one_line "takes only --ceo, --now and --adopt"
	clauselint "$repo" --ceo "$CEO_NAME <$CEO_EMAIL>"
	expect_status 2
	expect_one_line "--ceo is an option of 'clauselint init'"
	[ "$before" = "$(snapshot "$repo")" ] || fail "a refused init wrote something"
}

# One init under valgrind, when it is installed (make valgrind runs every
# test under it): a written starter set and a refusal, with no memory
# error and no leak. Not for a binary built with AddressSanitizer (make
# asan), which checks the same itself and can't run under valgrind.
test_init_under_valgrind() {
	command -v valgrind >/dev/null 2>&1 || return 0
	grep -qa __asan_init "$bin" && return 0
	repo=$(new_repo valgrind)
	vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
	(cd "$repo" && $vg "$bin" init --ceo "$CEO_NAME <$CEO_EMAIL>" --now $NOW) >"$work/out" 2>"$work/err"
	status=$?
	expect_status 0
	[ ! -s "$work/err" ] || { fail "valgrind or init wrote to standard error"; show; }
	(cd "$repo" && $vg "$bin" init --now $NOW) >"$work/out" 2>"$work/err"
	status=$?
	expect_status 2
	expect_one_line "exists.*; clauselint init never overwrites"
}

# The evidence the content rules look for is in the starter set: take one
# piece away and its rule fires.
test_evidence_training_row_removed() {
	approved_repo ev-training || return
	sed -i "/^| $CEO_NAME |/d" "$repo/records/security-training-$NOW.md"
	commit_all "$repo" "Drop the CEO from the training record"
	clauselint "$repo" --now $NOW
	expect_status 1
	expect_finding management-training-exempt "$CEO_NAME"
}

test_evidence_raci_report_row_removed() {
	approved_repo ev-raci || return
	sed -i '/^| Report on the performance/d' "$repo/policies/roles-and-responsibilities.md"
	commit_all "$repo" "Drop 5.3 b from the RACI table"
	reapprove "$repo" policies/roles-and-responsibilities.md
	clauselint "$repo" --now $NOW
	expect_status 1
	expect_finding roles-mandatory-unassigned
	expect_no_finding approval-stale
}

test_evidence_continual_improvement_removed() {
	approved_repo ev-improvement || return
	sed -i '/continual improvement/d' "$repo/policies/information-security-policy.md"
	grep -qi 'continual' "$repo/policies/information-security-policy.md" && fail "the policy still says continual"
	commit_all "$repo" "Drop the commitment to continual improvement"
	reapprove "$repo" policies/information-security-policy.md
	clauselint "$repo" --now $NOW
	expect_status 1
	expect_finding policy-commitment-missing "continual improvement"
	expect_no_finding approval-stale
}

test_evidence_management_review_removed() {
	approved_repo ev-review || return
	(cd "$repo" && git rm -q "records/management-review-$NOW.md" && git commit -q -m "Drop the review")
	clauselint "$repo" --now $NOW
	expect_status 1
	expect_finding management-review-missing
}

# ---- running them ----

if [ $# -gt 0 ]; then
	tests=$*
else
	tests=$(sed -n 's/^test_\([a-z0-9_]*\)() {$/\1/p' "$0")
fi

passed=0
failed=0
failures=""
for t in $tests; do
	out=$(test_$t 2>&1)
	if [ -z "$out" ]; then
		passed=$((passed + 1))
	else
		echo "FAIL $t"
		printf '%s\n' "$out"
		failed=$((failed + 1))
		failures="$failures $t"
	fi
done

[ -n "$failures" ] && echo "failed:$failures"
echo "e2e init: $passed passed, $failed failed"
[ $failed = 0 ]
