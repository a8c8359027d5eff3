#!/bin/sh
# ci-templates.sh: the GitHub Action (action.yml) and the GitLab CI
# template (integrations/gitlab/clauselint.gitlab-ci.yml): their YAML parses and has
# the shape the CI systems need, and their shell steps, run locally by
# tests/integration/cisim.py as the runner would, do what the README says
# on a policy repository made with fixed dates.
#
#   sh tests/integration/ci-templates.sh BIN
#
# The action builds its own clauselint (make -C the checkout, which is
# up to date when BIN is build/clauselint). The SARIF and Code Quality
# reports are run for real when the binary knows those formats; their
# plumbing is always checked with a stand-in clauselint that records its
# arguments. Needs a python3 that reads YAML (python3-yaml): skipped
# without one, unless CLAUSELINT_REQUIRE_TOOLS=1.
set -u

bin=${1:?usage: ci-templates.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
# tests/e2e/lib.sh asks the binary which rules to switch off.
export CLAUSELINT_BIN="$bin"
[ -x "$bin" ] || { echo "ci-templates: no binary at $bin" >&2; exit 2; }

python=''
for py in /usr/bin/python3 python3; do
	if "$py" -c 'import yaml' >/dev/null 2>&1; then
		python=$py
		break
	fi
done
if [ -z "$python" ]; then
	if [ "${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then
		echo "ci-templates: FAIL: no python3 with yaml (python3-yaml) and CLAUSELINT_REQUIRE_TOOLS=1" >&2
		exit 1
	fi
	echo "ci-templates: skipped: no python3 with yaml (apt-get install python3-yaml)"
	exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-ci.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export GIT_AUTHOR_DATE="2026-01-15T10:00:00Z" GIT_COMMITTER_DATE="2026-01-15T10:00:00Z"
export GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL="sam@example.com"
export GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL="sam@example.com"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GITHUB_ACTIONS NO_COLOR CI_MERGE_REQUEST_DIFF_BASE_SHA
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global advice.detachedHead false
git config --global --add safe.directory "$top"

. "$here/report.sh"
has() {
	grep -q -- "$1" "$work/out"
}
# check NAME CMD...: CMD's status 0 passes.
check() {
	name=$1
	shift
	if "$@" >"$work/out" 2>&1; then ok "$name"; else fail "$name"; fi
}

# ---- the YAML ----

check "action.yml parses and has a composite action's shape" "$python" "$here/cisim.py" check-action "$top/action.yml"
check "the GitLab template parses and has the job GitLab needs" \
	"$python" "$here/cisim.py" check-gitlab "$top/integrations/gitlab/clauselint.gitlab-ci.yml"
if command -v shellcheck >/dev/null 2>&1; then
	"$python" - "$top/action.yml" "$work" <<'EOF'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
for i, step in enumerate(steps):
    if "run" in step:
        open(f"{sys.argv[2]}/step{i}.sh", "w").write("#!/bin/bash\n" + step["run"])
EOF
	check "shellcheck passes the action's scripts" shellcheck "$work"/step*.sh
fi

# ---- a policy repository: an approved policy on main, a branch ----

repo="$work/policies"
mkdir -p "$repo"
cd "$repo" || exit 2
. "$top/tests/e2e/lib.sh"
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
approve policies/isp.md
cd "$top" || exit 2

# action [--input NAME=VALUE]...: runs the action in $repo with the real
# build, output to $work/out, the job summary to $work/summary.
action() {
	: >"$work/summary"
	mkdir -p "$work/runner-temp"
	(cd "$repo" && GITHUB_ACTIONS=true GITHUB_ACTION_PATH="${ACTION_PATH:-$top}" \
		GITHUB_OUTPUT="$work/github-output" GITHUB_STEP_SUMMARY="$work/summary" \
		RUNNER_OS=Linux RUNNER_TEMP="$work/runner-temp" GITHUB_REF="${GITHUB_REF:-refs/heads/main}" \
		GITHUB_SHA="$(git rev-parse HEAD)" GITHUB_BASE_REF="${GITHUB_BASE_REF:-}" \
		"$python" "$here/cisim.py" run-action "$top/action.yml" \
		--skip "Install clauselint's build dependencies" ${ACTION_CACHE:---skip "Key the build cache" \
		--skip "Restore the built clauselint" --skip "Keep the built clauselint"} \
		${HISTORY_CACHE:---skip "Restore the history cache" --skip "Keep the history cache"} "$@") >"$work/out" 2>&1
	rc=$?
}

action --input args="--now 2026-11-22"
if [ $rc = 0 ] && has '^output exit-code=0$' && ! has '^::' &&
	grep -q '^### clauselint' "$work/summary" && grep -q '^No findings' "$work/summary"; then
	ok "action: a clean repository passes, and the job summary says so"
else
	fail "action: a clean repository (exit $rc)"
fi

cd "$repo" || exit 2
at 2026-04-01
good_policy policies/access-control.md POL-002
sed -i 's/clauses: .*/clauses: ["A.9.1.1"]/' policies/access-control.md
commit "Add the access control policy"
cd "$top" || exit 2

action --input args="--now 2026-11-22"
if [ $rc = 1 ] && has '^output exit-code=1$' &&
	has '^::error file=policies/access-control.md,line=8,col=11,title=unknown-clause' &&
	grep -q '| error | unknown-clause |' "$work/summary"; then
	ok "action: an unknown clause fails the step, with an annotation and a summary row"
else
	fail "action: an unknown clause (exit $rc)"
fi

# changed-since: the branch fixes nothing on main but adds a good
# procedure; only what it changes is reported.
git -C "$repo" checkout -q -b feature
cd "$repo" || exit 2
at 2026-05-01
write policies/acceptable-use.md <<'EOF'
---
id: POL-003
title: Acceptable Use Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["A.5.10"]
---

# Acceptable Use Policy
EOF
commit "Add the acceptable use policy"
at 2026-05-02
approve policies/acceptable-use.md
cd "$top" || exit 2
base=$(git -C "$repo" rev-parse main)
action --input args="--now 2026-11-22" --input changed-since="$base"
if [ $rc = 0 ] && ! has 'access-control' && grep -q 'in 1 document' "$work/summary"; then
	ok "action: changed-since reports only the documents the branch changes"
else
	fail "action: changed-since (exit $rc)"
fi

# working-directory, and args that are several words.
action --input working-directory=policies --input args="--now 2026-11-22 --quiet  acceptable-use.md"
if [ $rc = 0 ] && has '^output exit-code=0$' && grep -q 'in 1 document' "$work/summary"; then
	ok "action: working-directory and several args"
else
	fail "action: working-directory and several args (exit $rc)"
fi

git clone -q --depth 1 "file://$repo" "$work/shallow"
saved=$repo
repo="$work/shallow"
action --input args="--now 2026-11-22"
repo=$saved
if [ $rc = 2 ] && has '^::error title=clauselint::the checkout is shallow.*fetch-depth: 0 on actions/checkout' &&
	has '^output exit-code=2$' && [ ! -s "$work/summary" ]; then
	ok "action: a shallow checkout fails with an error that names fetch-depth: 0, exit-code 2"
else
	fail "action: a shallow checkout (exit $rc)"
fi

mkdir -p "$work/not-a-repo"
saved=$repo
repo="$work/not-a-repo"
action
repo=$saved
if [ $rc = 2 ] && has '^::error title=clauselint::.* is not a git repository' && has '^output exit-code=2$'; then
	ok "action: no repository checked out fails with an error that says so, exit-code 2"
else
	fail "action: no repository checked out (exit $rc)"
fi

# ---- the build cache ----

# The first run builds (here: finds the build made) and keeps it; a
# second run on a checkout of the action without a build restores it and
# never calls make; a source changed is another key.
export CISIM_CACHE_DIR="$work/gh-cache"
ACTION_CACHE=' ' action --input args="--now 2026-11-22"
if [ $rc = 1 ] && has '^cisim: cache miss clauselint-' && has '^cisim: cache saved clauselint-' &&
	[ "$(ls "$CISIM_CACHE_DIR" | wc -l)" = 1 ]; then
	ok "action cache: a first run misses, builds and keeps the binary"
else
	fail "action cache: a first run (exit $rc)"
fi
copy="$work/action-copy"
mkdir -p "$copy"
(cd "$top" && tar -cf - Makefile VERSION action.yml lib cmd rules scripts templates integrations) | tar -xf - -C "$copy"
ACTION_CACHE=' ' ACTION_PATH=$copy action --input args="--now 2026-11-22"
if [ $rc = 1 ] && has '^output exit-code=1$' && has '^cisim: cache hit clauselint-' &&
	has 'restored from the cache' && ! has 'cache saved' && [ -x "$copy/build/clauselint" ] &&
	[ ! -d "$copy/build/obj" ] && has 'title=unknown-clause'; then
	ok "action cache: a second run restores the binary, builds nothing, and lints"
else
	fail "action cache: a second run (exit $rc)"
fi
key1=$(sh "$copy/integrations/github/cache-key" "$copy")
echo '/* changed */' >>"$copy/lib/util/util.c"
key2=$(sh "$copy/integrations/github/cache-key" "$copy")
if [ -n "$key1" ] && [ "$key1" != "$key2" ] && [ "$key1" = "$(sh "$top/integrations/github/cache-key" "$top")" ]; then
	ok "action cache: the key is the sources', and changes with them"
else
	fail "action cache: the key ($key1, $key2)"
fi
unset CISIM_CACHE_DIR

# ---- the history cache ----

# Kept between runs per ref and commit (docs/cache.md): the default
# branch's first run misses and saves it, findings or not; a pull
# request's first run starts from the base branch's and saves under its
# own key, leaving the default branch's as it was.
export CISIM_CACHE_DIR="$work/gh-history-cache"
main_key="clauselint-history-Linux-refs/heads/main-$(git -C "$repo" rev-parse HEAD)"
# Where cisim keeps the entry of a key (cisim.py, entry_name).
entry() { echo "$CISIM_CACHE_DIR/$(echo "$1" | sed 's/%/%25/g; s|/|%2F|g')"; }
rm -rf "$work/runner-temp/clauselint-history"
HISTORY_CACHE=' ' action --input args="--now 2026-11-22"
if [ $rc = 1 ] && has '^output exit-code=1$' && has "^cisim: cache miss $main_key\$" &&
	has "^cisim: cache saved $main_key\$" && [ -n "$(ls "$(entry "$main_key")/0" 2>/dev/null)" ]; then
	ok "history cache: the default branch's first run misses, lints and keeps the cache, with findings"
else
	fail "history cache: the first run (exit $rc)"
fi
main_sum=$(cat "$(entry "$main_key")"/0/* | cksum)
rm -rf "$work/runner-temp/clauselint-history"
HISTORY_CACHE=' ' action --input args="--now 2026-11-22"
if [ $rc = 1 ] && has "^cisim: cache hit $main_key\$" && has "^cisim: cache exists $main_key\$" &&
	[ -n "$(ls "$work/runner-temp/clauselint-history")" ]; then
	ok "history cache: a second run of the same commit restores it and saves nothing"
else
	fail "history cache: a second run (exit $rc)"
fi
cd "$repo" || exit 2
git checkout -q -b change
echo "A change under review." >>policies/access-control.md
commit "Change the access control policy"
cd "$top" || exit 2
pr_key="clauselint-history-Linux-refs/pull/7/merge-$(git -C "$repo" rev-parse HEAD)"
rm -rf "$work/runner-temp/clauselint-history"
GITHUB_REF=refs/pull/7/merge GITHUB_BASE_REF=main HISTORY_CACHE=' ' action --input args="--now 2026-11-22"
if [ $rc = 1 ] && has "^cisim: cache restored from $main_key for $pr_key\$" &&
	has "^cisim: cache saved $pr_key\$" && [ "$(cat "$(entry "$main_key")"/0/* | cksum)" = "$main_sum" ]; then
	ok "history cache: a pull request starts from the base branch's and never replaces it"
else
	fail "history cache: a pull request's run (exit $rc)"
fi
cd "$repo" || exit 2
git checkout -q main
git branch -q -D change
cd "$top" || exit 2
unset CISIM_CACHE_DIR

# ---- the SARIF run, with a stand-in clauselint ----

# A checkout of the action whose make does nothing and whose clauselint
# records its arguments, writes the --output file, and exits with
# $FAKE_STATUS (or $FAKE_SARIF_STATUS for --format sarif).
fake="$work/fake-action"
mkdir -p "$fake/build" "$fake/scripts"
cp "$top/scripts/runtime-packages.sh" "$fake/scripts/"
printf 'all:\n\t@:\n' >"$fake/Makefile"
cat >"$fake/build/clauselint" <<'EOF'
#!/bin/sh
echo "$*" >>"$FAKE_LOG"
status=${FAKE_STATUS:-0}
while [ $# -gt 0 ]; do
	case $1 in
	--format) [ "$2" = sarif ] && [ -n "${FAKE_SARIF_STATUS:-}" ] && status=$FAKE_SARIF_STATUS ;;
	--output) [ "$status" -le 1 ] && echo '{}' >"$2" ;;
	esac
	shift
done
exit "$status"
EOF
chmod +x "$fake/build/clauselint"
export FAKE_LOG="$work/fake.log"

fake_action() {
	: >"$FAKE_LOG"
	rm -f "$repo/out.sarif"
	ACTION_PATH=$fake action "$@"
	cat "$FAKE_LOG" >>"$work/out"
}

FAKE_STATUS=1 fake_action --input args="--now 2026-11-22 -q" --input changed-since=abc123 --input sarif=out.sarif
if [ $rc = 1 ] && has '^output exit-code=1$' &&
	[ "$(sed -n 1p "$FAKE_LOG")" = "--now 2026-11-22 -q --changed-since abc123 --format github" ] &&
	[ "$(sed -n 2p "$FAKE_LOG")" = "--now 2026-11-22 -q --format sarif --output out.sarif" ] &&
	[ -f "$repo/out.sarif" ]; then
	ok "action: sarif is a second run of the whole repository; the step fails with the first run's status"
else
	fail "action: the SARIF run (exit $rc)"
fi

FAKE_STATUS=0 FAKE_SARIF_STATUS=2 fake_action --input sarif=out.sarif
if [ $rc = 2 ] && has '^output exit-code=2$' && has '^::error title=clauselint::could not write the SARIF report out.sarif'; then
	ok "action: a SARIF run that fails fails the step"
else
	fail "action: a SARIF run that fails (exit $rc)"
fi

FAKE_STATUS=2 fake_action --input sarif=out.sarif
if [ $rc = 2 ] && [ "$(wc -l <"$FAKE_LOG")" = 1 ] && has '^::error title=clauselint::clauselint could not lint'; then
	ok "action: when clauselint can't lint, no SARIF run, exit status 2"
else
	fail "action: clauselint can't lint (exit $rc)"
fi

FAKE_STATUS=0 fake_action
if [ $rc = 0 ] && [ "$(cat "$FAKE_LOG")" = "--format github" ]; then
	ok "action: without inputs, one run with --format github"
else
	fail "action: without inputs (exit $rc)"
fi

# The real SARIF, once this build has the format.
if (cd "$repo" && "$bin" --now 2026-11-22 --format sarif >/dev/null 2>&1; [ $? -le 1 ]); then
	rm -f "$repo/out.sarif"
	action --input args="--now 2026-11-22" --input sarif=out.sarif
	if [ $rc = 1 ] && "$python" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]=="2.1.0"' "$repo/out.sarif"; then
		ok "action: writes SARIF 2.1.0"
	else
		fail "action: the real SARIF run (exit $rc)"
	fi
	rm -f "$repo/out.sarif"
else
	echo "skip action: this build has no sarif format yet"
fi

# ---- the GitLab job's script ----

gitlab() {
	: >"$FAKE_LOG"
	rm -f "$repo/gl-code-quality-report.json"
	(cd "$repo" && PATH="$fake/build:$PATH" "$python" "$here/cisim.py" run-gitlab \
		"$top/integrations/gitlab/clauselint.gitlab-ci.yml" "$@") >"$work/out" 2>&1
	rc=$?
	cat "$FAKE_LOG" >>"$work/out"
}

FAKE_STATUS=1 gitlab --variable CLAUSELINT_ARGS="--now 2026-11-22 -q" --variable CI_MERGE_REQUEST_DIFF_BASE_SHA=abc123
if [ $rc = 1 ] && [ -f "$repo/gl-code-quality-report.json" ] &&
	[ "$(sed -n 1p "$FAKE_LOG")" = "--now 2026-11-22 -q --format codequality --output gl-code-quality-report.json" ] &&
	[ "$(sed -n 2p "$FAKE_LOG")" = "--now 2026-11-22 -q --changed-since abc123 --format text --color always" ]; then
	ok "gitlab: a merge request: Code Quality of the whole repository, the log of what it changes, exit 1 fails the job"
else
	fail "gitlab: a merge request (exit $rc)"
fi

FAKE_STATUS=0 gitlab --variable CLAUSELINT_ARGS="*"
if [ $rc = 0 ] && [ "$(sed -n 2p "$FAKE_LOG")" = "* --format text --color always" ]; then
	ok "gitlab: a branch pipeline: no --changed-since, CLAUSELINT_ARGS never globbed"
else
	fail "gitlab: a branch pipeline (exit $rc)"
fi

# rules: merge-request pipelines and the default branch, not every push.
runs() {
	"$python" "$here/cisim.py" gitlab-runs "$top/integrations/gitlab/clauselint.gitlab-ci.yml" "$@"
}
mr=$(runs --variable CI_PIPELINE_SOURCE=merge_request_event --variable CI_DEFAULT_BRANCH=main)
main=$(runs --variable CI_PIPELINE_SOURCE=push --variable CI_COMMIT_BRANCH=main --variable CI_DEFAULT_BRANCH=main)
topic=$(runs --variable CI_PIPELINE_SOURCE=push --variable CI_COMMIT_BRANCH=topic --variable CI_DEFAULT_BRANCH=main)
if [ "$mr $main $topic" = "runs runs skipped" ]; then
	ok "gitlab: rules run the job in merge-request pipelines and on the default branch, not on other pushes"
else
	fail "gitlab: rules (merge request: $mr, default branch: $main, other branch: $topic)"
fi

FAKE_STATUS=2 gitlab
if [ $rc = 2 ] && [ "$(wc -l <"$FAKE_LOG")" = 1 ] && has 'could not write the Code Quality report'; then
	ok "gitlab: when clauselint can't lint, the job fails with its status"
else
	fail "gitlab: clauselint can't lint (exit $rc)"
fi

# The real Code Quality report, once this build has the format.
mkdir -p "$work/real"
ln -s "$bin" "$work/real/clauselint"
if (cd "$repo" && "$bin" --now 2026-11-22 --format codequality >/dev/null 2>&1; [ $? -le 1 ]); then
	(cd "$repo" && PATH="$work/real:$PATH" "$python" "$here/cisim.py" run-gitlab \
		"$top/integrations/gitlab/clauselint.gitlab-ci.yml" --variable CLAUSELINT_ARGS="--now 2026-11-22") >"$work/out" 2>&1
	rc=$?
	if [ $rc = 1 ] && "$python" -c 'import json,sys; assert isinstance(json.load(open(sys.argv[1])), list)' \
		"$repo/gl-code-quality-report.json"; then
		ok "gitlab: writes the Code Quality report"
	else
		fail "gitlab: the real Code Quality run (exit $rc)"
	fi
else
	echo "skip gitlab: this build has no codequality format yet"
fi

# ---- the GitLab job's before_script: build, cache, pin ----

# The whole job, as the runner runs it, from a clone of this repository
# at its HEAD commit. The packages are installed already (make check
# installed them), so apt-get is never called here.
gitlab_job() {
	mkdir -p "$work/gl-tmp"
	(cd "$repo" && TMPDIR="$work/gl-tmp" "$python" "$here/cisim.py" run-gitlab-job \
		"$top/integrations/gitlab/clauselint.gitlab-ci.yml" --variable CLAUSELINT_ARGS="--now 2026-11-22" "$@") >"$work/out" 2>&1
	rc=$?
}
head=$(git -C "$top" rev-parse HEAD)
git clone -q --bare "$top" "$work/clauselint.git"
git -C "$work/clauselint.git" branch -f release "$head"

gitlab_job
if [ $rc = 2 ] && has '^clauselint: set CLAUSELINT_REPOSITORY to the git URL of clauselint'; then
	ok "gitlab job: without CLAUSELINT_REPOSITORY, a line that says to set it, exit 2"
else
	fail "gitlab job: without CLAUSELINT_REPOSITORY (exit $rc)"
fi

gitlab_job --variable CLAUSELINT_REPOSITORY="$work/clauselint.git" --variable CLAUSELINT_REF="$head"
if [ $rc = 1 ] && has "^clauselint: building $head (log: " && has "^clauselint $(cat "$top/VERSION")\$" &&
	[ -x "$repo/.clauselint-build/bin/clauselint" ] && [ "$(cat "$repo/.clauselint-build/commit")" = "$head" ] &&
	[ -s "$repo/.clauselint-build/runtime-packages" ] && [ ! -d "$repo/.clauselint-build/src" ] &&
	! has '^cc \|^make' && has 'unknown-clause'; then
	ok "gitlab job: builds the pinned commit quietly into the cache folder, and lints"
else
	fail "gitlab job: the first build (exit $rc)"
fi

# The history cache: out of the checkout while clauselint runs (it
# never writes inside the repository it lints, and would say so), back
# in .clauselint-history/ afterwards for GitLab's cache: to keep.
history_sum() { cat "$repo"/.clauselint-history/commits-*.bin 2>/dev/null | cksum; }
if [ "$(ls "$repo/.clauselint-history" 2>/dev/null | grep -c '^commits-.*\.bin$')" = 1 ] &&
	! has 'inside the linted repository' && [ ! -e "$work/gl-tmp/clauselint-history" ]; then
	ok "gitlab job: the history cache is written outside the checkout and handed back to cache: after"
else
	fail "gitlab job: the history cache after the first job (exit $rc)"
fi
first_sum=$(history_sum)

gitlab_job --variable CLAUSELINT_REPOSITORY="$work/clauselint.git" --variable CLAUSELINT_REF="$head"
if [ $rc = 1 ] && has "^clauselint: $head, built by an earlier job (the cache)" && ! has 'building' && has 'unknown-clause'; then
	ok "gitlab job: a second job finds the commit built in the cache and builds nothing"
else
	fail "gitlab job: the cached build (exit $rc)"
fi
if [ "$(history_sum)" = "$first_sum" ] && ! has 'inside the linted repository'; then
	ok "gitlab job: a second job of the same commit reads the history cache and has nothing to add"
else
	fail "gitlab job: the history cache after the second job"
fi

gitlab_job --variable CLAUSELINT_REPOSITORY="$work/clauselint.git" --variable CLAUSELINT_REF=release
if [ $rc = 1 ] && has "^clauselint: $head, built by an earlier job (the cache)"; then
	ok "gitlab job: a branch is looked up to its commit, which the cache has"
else
	fail "gitlab job: a branch as CLAUSELINT_REF (exit $rc)"
fi

gitlab_job --variable CLAUSELINT_REPOSITORY="$work/clauselint.git" --variable CLAUSELINT_REF=no-such-branch
if [ $rc = 2 ] && has "^clauselint: $work/clauselint.git has no no-such-branch"; then
	ok "gitlab job: a ref that doesn't exist is one line, exit 2"
else
	fail "gitlab job: a missing ref (exit $rc)"
fi
rm -rf "$repo/.clauselint-build" "$repo/.clauselint-history"

echo "ci-templates: $passed passed, $failed failed"
[ $failed = 0 ]
