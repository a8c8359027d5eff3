#!/bin/sh
# pre-commit.sh: the hooks of .pre-commit-hooks.yaml under the real
# pre-commit framework, in a policy repository made with fixed dates.
#
#   sh tests/integration/pre-commit.sh BIN
#
# pre-commit clones `repo:` at `rev:`, so what is tested is this
# repository's HEAD commit: uncommitted changes to the hook are not seen.
# BIN is put on PATH as `clauselint` for the clauselint-system hook.
#
# Skipped when pre-commit is not installed, unless
# CLAUSELINT_REQUIRE_TOOLS=1 (set by .ci/run): then it fails. VERBOSE=1
# prints what every step printed, not only a failing one's.
set -u

bin=${1:?usage: pre-commit.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
# tests/e2e/lib.sh asks the binary which rules to switch off.
export CLAUSELINT_BIN="$bin"
[ -x "$bin" ] || { echo "pre-commit: no binary at $bin" >&2; exit 2; }

if ! command -v pre-commit >/dev/null 2>&1; then
	if [ "${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then
		echo "pre-commit: FAIL: pre-commit is not installed and CLAUSELINT_REQUIRE_TOOLS=1" >&2
		exit 1
	fi
	echo "pre-commit: skipped: pre-commit is not installed (apt-get install pre-commit)"
	exit 0
fi

# pre-commit clones a commit: a source tree without its .git has none.
if ! rev=$(git -C "$top" rev-parse --verify -q HEAD 2>/dev/null); then
	if [ "${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then
		echo "pre-commit: FAIL: $top is not a git checkout with a commit, and CLAUSELINT_REQUIRE_TOOLS=1" >&2
		exit 1
	fi
	echo "pre-commit: skipped: $top is not a git checkout with a commit"
	exit 0
fi
if [ -n "$(git -C "$top" status --porcelain -- .pre-commit-hooks.yaml integrations/pre-commit/hook)" ]; then
	echo "pre-commit: note: the hook files have uncommitted changes; this tests the commit $rev"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-pre-commit.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# pre-commit's cache and git's configuration in the temporary folder; a
# git with fixed identities and dates (lib.sh's `at` and `as` change them).
export HOME="$work/home" PRE_COMMIT_HOME="$work/pre-commit-cache" XDG_CACHE_HOME="$work/cache"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export GIT_AUTHOR_DATE="2026-01-15T10:00:00Z" GIT_COMMITTER_DATE="2026-01-15T10:00:00Z"
export GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL="sam@example.com"
export GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL="sam@example.com"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GITHUB_ACTIONS GITHUB_STEP_SUMMARY NO_COLOR
mkdir -p "$HOME" "$work/bin"
git config --global init.defaultBranch main
git config --global advice.detachedHead false
# A checkout owned by someone else (a CI container's workspace) is still
# this test's to clone.
git config --global --add safe.directory "$top"
ln -s "$bin" "$work/bin/clauselint"

. "$here/report.sh"
# run CMD...: in the policy repository, output to $work/out, status in $rc.
run() {
	(cd "$repo" && "$@") >"$work/out" 2>&1
	rc=$?
}
has() {
	grep -q -- "$1" "$work/out"
}

# ---- the policy repository: people, configuration, an approved policy ----

repo="$work/policies"
mkdir -p "$repo"
cd "$repo" || exit 2
# lib.sh: git init, a .clauselint.yml that switches the repository-level
# clause 5 rules off (a one-policy repository lacks most of an ISMS), and
# the helpers the end-to-end cases use.
. "$top/tests/e2e/lib.sh"
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
approve policies/isp.md
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $top
    rev: $rev
    hooks:
      - id: clauselint
        args: [--now, "2026-11-22"]
EOF
commit "Check documents before they are committed"
cd "$top" || exit 2

run pre-commit install
if [ $rc = 0 ] && [ -x "$repo/.git/hooks/pre-commit" ]; then ok "pre-commit install"; else fail "pre-commit install"; fi
run pre-commit install-hooks
if [ $rc = 0 ]; then ok "pre-commit install-hooks clones $rev"; else fail "pre-commit install-hooks"; fi
clone=$(find "$PRE_COMMIT_HOME" -path '*/integrations/pre-commit/hook' 2>/dev/null | head -n 1)
clone=${clone%/integrations/pre-commit/hook}

# ---- the first use builds; two at once must not spoil the build ----

if [ -z "$clone" ]; then
	echo "" >"$work/out"
	fail "no clone of the hook repository in $PRE_COMMIT_HOME"
else
	# A clauselint of this version on PATH: used as it is, nothing built.
	(cd "$repo" && PATH="$work/bin:$PATH" "$clone/integrations/pre-commit/hook" --now 2026-11-22 policies/isp.md) >"$work/out" 2>&1
	rc=$?
	if [ $rc = 0 ] && has '^0 errors' && ! has 'building' && [ ! -e "$clone/build/clauselint" ]; then
		ok "a clauselint of the same version on PATH: the hook runs it and builds nothing"
	else
		fail "the hook with a clauselint on PATH (exit $rc)"
	fi
	# One of another version is not the pinned one: the hook builds.
	mkdir -p "$work/other-version"
	printf '#!/bin/sh\necho "clauselint 9.9.9"\n' >"$work/other-version/clauselint"
	chmod +x "$work/other-version/clauselint"
	export PATH="$work/other-version:$PATH"
	(cd "$repo" && "$clone/integrations/pre-commit/hook" --now 2026-11-22 policies/isp.md) >"$work/b1" 2>&1 &
	p1=$!
	(cd "$repo" && CLAUSELINT_HOOK_BUILD=1 "$clone/integrations/pre-commit/hook" --now 2026-11-22 policies/isp.md) >"$work/b2" 2>&1 &
	p2=$!
	wait $p1
	rc1=$?
	wait $p2
	rc2=$?
	cat "$work/b1" "$work/b2" >"$work/out"
	ls -A "$clone/build" >>"$work/out"
	if [ $rc1 = 0 ] && [ $rc2 = 0 ] && [ "$(ls -A "$clone/build")" = clauselint ] &&
		grep -q '^0 errors' "$work/b1" && grep -q '^0 errors' "$work/b2" &&
		"$clone/build/clauselint" --version >/dev/null; then
		ok "two hooks building at once (one with another version of clauselint on PATH) both run, and leave one whole binary"
	else
		fail "two hooks building at once"
	fi
fi

# ---- (a) a commit that breaks a document is refused ----

head_before=$(git -C "$repo" rev-parse HEAD)
cd "$repo" || exit 2
at 2026-04-01
good_policy policies/access-control.md POL-002
sed -i 's/clauses: .*/clauses: ["A.9.1.1"]/' policies/access-control.md
git add policies/access-control.md
cd "$top" || exit 2
run git commit -m "Add the access control policy"
if [ $rc != 0 ] && has '\[unknown-clause\]' && has 'policies/access-control.md:8' &&
	[ "$(git -C "$repo" rev-parse HEAD)" = "$head_before" ]; then
	ok "(a) a commit with an unknown clause is refused, and the finding shown"
else
	fail "(a) a commit with an unknown clause (git commit exited $rc)"
fi

# ---- (b) a good commit passes ----

sed -i 's/clauses: .*/clauses: ["A.5.15"]/' "$repo/policies/access-control.md"
git -C "$repo" add policies/access-control.md
run git commit -m "Add the access control policy"
if [ $rc = 0 ] && has '^clauselint\.*Passed' && has '0 errors' &&
	[ "$(git -C "$repo" rev-parse HEAD)" != "$head_before" ]; then
	ok "(b) a good commit passes (its approval-missing is a note)"
else
	fail "(b) a good commit (git commit exited $rc)"
fi

# ---- (c) an edit that only awaits approval is not blocked ----

echo "Access rights are reviewed every quarter." >>"$repo/policies/isp.md"
git -C "$repo" add policies/isp.md
head_before=$(git -C "$repo" rev-parse HEAD)
run git commit -m "Review access rights every quarter"
if [ $rc = 0 ] && has 'policies/isp.md:1:1: note: .*\[approval-stale\]' && has '0 errors' &&
	[ "$(git -C "$repo" rev-parse HEAD)" != "$head_before" ]; then
	ok "(c) an edit of the approved policy is committed; approval-stale is a note"
else
	fail "(c) an edit of the approved policy (git commit exited $rc)"
fi

# ---- git commit -a: the hook lints the index being committed ----

sed -i 's/^title: .*/title: [unclosed/' "$repo/policies/access-control.md"
head_before=$(git -C "$repo" rev-parse HEAD)
run git commit -a -m "Retitle the access control policy"
if [ $rc != 0 ] && has '\[front-matter-invalid\]' && [ "$(git -C "$repo" rev-parse HEAD)" = "$head_before" ]; then
	ok "git commit -a with invalid front matter is refused"
else
	fail "git commit -a with invalid front matter (git commit exited $rc)"
fi
git -C "$repo" checkout -q -- policies/access-control.md

# ---- people.yml triggers the hook too ----

printf '  - name: Alex Kim\n    roles: [Auditor]\n' >>"$repo/people.yml"
git -C "$repo" add people.yml
run git commit -m "Add the auditor"
if [ $rc != 0 ] && has "person 'Alex Kim' has no 'email'" && [ "$(git -C "$repo" rev-parse HEAD)" = "$head_before" ]; then
	ok "a commit that breaks people.yml is refused"
else
	fail "a commit that breaks people.yml (git commit exited $rc)"
fi
git -C "$repo" reset -q --hard

# ---- clauselint-system: the clauselint on PATH, on the staged files ----

cat >"$work/system-config.yaml" <<EOF
repos:
  - repo: $top
    rev: $rev
    hooks:
      - id: clauselint-system
        args: [--now, "2026-11-22"]
EOF
echo "Exceptions are approved by the ISMS Lead." >>"$repo/policies/isp.md"
git -C "$repo" add policies/isp.md
run env PATH="$work/bin:$PATH" pre-commit run --config "$work/system-config.yaml" clauselint-system
if [ $rc = 0 ] && has '^clauselint\.*Passed' && has 'note: .*\[approval-stale\]'; then
	ok "clauselint-system passes a staged edit that awaits approval"
else
	fail "clauselint-system on a staged edit that awaits approval (exited $rc)"
fi
sed -i 's/clauses: .*/clauses: ["A.9.1.1"]/' "$repo/policies/access-control.md"
git -C "$repo" add policies/access-control.md
run env PATH="$work/bin:$PATH" pre-commit run --config "$work/system-config.yaml" clauselint-system
if [ $rc != 0 ] && has '^clauselint\.*Failed' && has '\[unknown-clause\]'; then
	ok "clauselint-system fails on a staged unknown clause"
else
	fail "clauselint-system on a staged unknown clause (exited $rc)"
fi
git -C "$repo" reset -q --hard

# ---- the README's two snippets, as written ----

# readme_block N: the fenced block after the README's Nth "tested:
# tests/integration/pre-commit.sh" marker.
readme_block() {
	awk -v want="$1" '
		/^<!-- tested: tests\/integration\/pre-commit\.sh/ { n++; next }
		n == want && /^```/ { if (inside) exit; inside = 1; next }
		n == want && inside { print }' "$top/README.md"
}

readme_block 1 >"$work/local-config.yaml"
echo "Reviewed by the ISMS Lead." >>"$repo/policies/isp.md"
git -C "$repo" add policies/isp.md
run env PATH="$work/bin:$PATH" pre-commit run --config "$work/local-config.yaml" clauselint
if [ $rc = 0 ] && grep -q 'repo: local' "$work/local-config.yaml" && has '^clauselint\.*Passed' &&
	has 'note: .*\[approval-stale\]'; then
	ok "the README's repo: local hook runs the installed clauselint and shows the note"
else
	fail "the README's repo: local hook (exited $rc)"
fi
git -C "$repo" reset -q --hard

# The remote form: the README's commands, verbatim, with the clone of
# clauselint where they say (~/src/clauselint, here this checkout).
mkdir -p "$HOME/src"
ln -s "$top" "$HOME/src/clauselint"
fresh_repo="$work/fresh-policies"
git init -q "$fresh_repo"
readme_block 2 >"$work/remote-snippet.sh"
(cd "$fresh_repo" && sh "$work/remote-snippet.sh") >"$work/out" 2>&1
rc=$?
if [ $rc = 0 ] && grep -qx "    rev: $rev" "$fresh_repo/.pre-commit-config.yaml" &&
	[ -x "$fresh_repo/.git/hooks/pre-commit" ]; then
	(cd "$fresh_repo" && cp "$repo/people.yml" "$repo/.clauselint.yml" . && mkdir -p policies &&
		cp "$repo/policies/isp.md" policies/ && git add -A &&
		PATH="$work/bin:$PATH" git commit -q -m "Add the information security policy") >"$work/out" 2>&1
	rc=$?
	if [ $rc = 0 ] && has '^clauselint\.*Passed' && has 'approval-missing'; then
		ok "the README's pinned-commit commands write a config that pre-commit runs on the next commit"
	else
		fail "the README's pinned-commit hook on a commit (exited $rc)"
	fi
else
	fail "the README's pinned-commit commands (exited $rc)"
fi

# ---- a missing library: one line naming the packages ----

git clone -q "$top" "$work/fresh" && git -C "$work/fresh" checkout -q "$rev"
mkdir -p "$work/no-pc"
run env PKG_CONFIG_LIBDIR="$work/no-pc" PKG_CONFIG_PATH= "$work/fresh/integrations/pre-commit/hook" policies/isp.md
if [ $rc = 2 ] && [ "$(wc -l <"$work/out")" = 1 ] &&
	has '^clauselint: .*sudo apt install libgit2-dev libcmark-gfm-dev libyaml-dev libsodium-dev' &&
	[ ! -e "$work/fresh/build/clauselint" ]; then
	ok "a missing library: the hook fails with one line naming the Debian packages"
else
	fail "a missing library (the hook exited $rc)"
fi

echo "pre-commit: $passed passed, $failed failed"
[ $failed = 0 ]
