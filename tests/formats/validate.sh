#!/bin/sh
# validate.sh: the reports of the real binary, checked by the validators
# of the tools that read them, on fixture repositories with findings of
# every severity, repository-level findings (on .clauselint.yml, and on
# no file) and file names that need escaping in every format.
#
#   sh tests/formats/validate.sh BIN
#
#   sarif        the SARIF multitool of the SARIF SDK (npm
#                @microsoft/sarif-multitool): the SARIF 2.1.0 schema, its
#                own rules and GitHub code scanning's ingestion rules
#                (--rule-kind "Sarif;Gh"); any error or warning fails.
#                Then check.js compares it with the json report.
#   junit        xmllint: well-formed, valid against junit.xsd, and the
#                counts checked with XPath.
#   json,        check.js (Node's JSON parser): fields, types, unique
#   codequality  fingerprints, and agreement with the json report.
#
# Node.js, npm and xmllint come from Debian (scripts/deps.sh formats);
# the multitool is installed from the npm registry into NODE_DIR
# (default build/node) on first use.
set -eu

bin=${1:?usage: validate.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
# tests/e2e/lib.sh asks the binary which rules to switch off.
export CLAUSELINT_BIN="$bin"
[ -x "$bin" ] || { echo "formats: no binary at $bin" >&2; exit 2; }
node_dir=${NODE_DIR:-$top/build/node}
case $node_dir in /*) ;; *) node_dir=$(pwd)/$node_dir ;; esac

MULTITOOL_VERSION=5.7.0
multitool=$node_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

sh "$top/scripts/deps.sh" formats

if [ ! -f "$multitool" ]; then
  echo "formats: installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $node_dir"
  mkdir -p "$node_dir"
  if ! npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >"$node_dir/install.log" 2>&1; then
    cat "$node_dir/install.log" >&2
    echo "formats: cannot install the SARIF multitool from the npm registry" >&2
    exit 1
  fi
fi
# Its postinstall only sets this bit, and newer npm skips install scripts.
[ -x "$multitool" ] || chmod u+x "$multitool"
# The multitool is a .NET program: without ICU it would refuse to start.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-formats.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# The environment of tests/e2e/run.sh: fixed dates and people, no
# configuration of the machine's.
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export GIT_AUTHOR_DATE="2026-01-15T10:00:00Z" GIT_COMMITTER_DATE="2026-01-15T10:00:00Z"
export GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL="sam@example.com"
export GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL="sam@example.com"
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY
mkdir -p "$HOME"
git config --global init.defaultBranch main

# odd: the e2e format repository, and a second odd document whose name
# has a newline, a tab, invalid UTF-8 and '::', whose broken wikilink
# puts < & > " ' and non-ASCII into a message.
# noconfig: the same without .clauselint.yml: the repository-level
# findings are on no file.
make_repository() {
  mkdir -p "$work/$1"
  (
    cd "$work/$1"
    # shellcheck source=tests/e2e/lib.sh
    . "$top/tests/e2e/lib.sh"
    formats_repository
    name=$(printf 'policies/bad\377\tname\n::error x.md')
    good_policy "$name" PRO-010
    sed -i 's/^type: policy/type: procedure/; s/"5.2", //' "$name"
    printf '\nSee [[Nöte "quoted" <tag> & it'"'"'s]].\n' >>"$name"
    commit "Add an odd procedure"
    if [ "$1" = noconfig ]; then
      git rm -q .clauselint.yml
      commit "Use the default configuration"
      approve_trust # the removal, as top management approves it
    fi
  ) >"$work/$1.log" 2>&1 || { cat "$work/$1.log"; exit 1; }
}

make_repository odd
make_repository noconfig

# report REPO NAME ARGS...: runs clauselint in REPO, the report in NAME.
report() {
  repo=$1 name=$2
  shift 2
  set +e
  (cd "$work/$repo" && "$bin" --now 2026-11-22 "$@" -o "$work/reports/$name") 2>"$work/err"
  status=$?
  set -e
  if [ $status -gt 1 ] || [ -s "$work/err" ]; then
    echo "FAIL clauselint $* in $repo: exit $status" >&2
    cat "$work/err" >&2
    exit 1
  fi
}

mkdir -p "$work/reports"
"$bin" rules --format json >"$work/reports/rules.json"
for repo in odd noconfig; do
  report "$repo" "$repo.json" -f json
  report "$repo" "$repo.sarif" -f sarif
  report "$repo" "$repo.junit.xml" -f junit
  report "$repo" "$repo.codequality.json" -f codequality
  report "$repo" "$repo.quiet.json" -f json -q
  report "$repo" "$repo.quiet.sarif" -f sarif -q
  report "$repo" "$repo.quiet.junit.xml" -f junit -q
  report "$repo" "$repo.quiet.codequality.json" -f codequality -q
done
# A baseline of everything: reports with no finding at all. A baseline
# never hides the findings of the approval rules (docs/approvals.md), so
# the operator's own configuration, given with -c from outside the
# repository, turns those off.
{
  cat "$work/odd/.clauselint.yml"
  "$bin" rules --format json |
    sed -n 's/^  {"name": "\([a-z0-9-]*\)".*"tags": \[[^]]*"approval".*/  \1: off/p'
} >"$work/no-approval-rules.yml"
report odd all.json -f json -c "$work/no-approval-rules.yml"
for format in json sarif junit.xml codequality.json; do
  report odd "clean.$format" -f "${format%.*}" -c "$work/no-approval-rules.yml" --baseline "$work/reports/all.json"
done

failed=0
passed=0
check() {
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
}

cd "$work/reports"

# ---- sarif: the multitool, then the cross-checks ----
echo "== sarif: $("$multitool" --version 2>&1 | head -1) validate --rule-kind \"Sarif;Gh\""
sarifs=$(ls ./*.sarif)
# Its exit status is 0 even when it finds errors: its own output, a
# SARIF log, is what says so.
# shellcheck disable=SC2086
"$multitool" validate $sarifs --rule-kind "Sarif;Gh" --output "$work/multitool.sarif" --log ForceOverwrite \
  >"$work/multitool.log" 2>&1 || true
sed 's/^/    /' "$work/multitool.log"
if [ ! -s "$work/multitool.sarif" ]; then
  echo "FAIL the SARIF multitool wrote no result" >&2
  failed=$((failed + 1))
else
  check node "$here/check.js" multitool "$work/multitool.sarif"
fi
# A canary: the same report without its locations must fail GitHub's
# rules. The multitool passes in silence a log it cannot read at all (an
# unknown enum value makes it skip the file), so this shows it did read
# ours; check.js checks the enums itself.
sed 's/"locations": \[[^]]*\], //' odd.sarif >"$work/canary.sarif"
"$multitool" validate "$work/canary.sarif" --rule-kind "Sarif;Gh" >"$work/canary.log" 2>&1 || true
if grep -q 'error GH1015' "$work/canary.log"; then
  echo "multitool canary: a result without a location is refused (GH1015): ok"
  passed=$((passed + 1))
else
  cat "$work/canary.log" >&2
  echo "FAIL the multitool let a result without a location pass: it is not validating" >&2
  failed=$((failed + 1))
fi
for repo in odd noconfig; do
  check node "$here/check.js" sarif $repo.sarif $repo.json rules.json
done

# ---- junit: xmllint, the schema, the counts ----
xpath() {
  xmllint --xpath "$1" "$2"
}

check_junit() {
  file=$1 json=$2
  xmllint --noout --schema "$here/junit.xsd" "$file" 2>"$work/xmllint.log" || {
    cat "$work/xmllint.log" >&2
    echo "FAIL $file: not valid against junit.xsd" >&2
    return 1
  }
  cases=$(xpath 'count(//testcase)' "$file")
  failures=$(xpath 'count(//failure)' "$file")
  failed_cases=$(xpath 'count(//testcase[failure])' "$file")
  documents=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(r.summary.documents, r.summary.errors, new Set(r.findings.map(f => f.path)).size)' "$json")
  # Three numbers: split them on purpose.
  # shellcheck disable=SC2086
  set -- $documents
  ok=1
  [ "$(xpath 'string(/testsuites/@tests)' "$file")" = "$cases" ] || ok=0
  [ "$(xpath 'string(/testsuites/testsuite/@tests)' "$file")" = "$cases" ] || ok=0
  [ "$(xpath 'string(/testsuites/testsuite/@failures)' "$file")" = "$failed_cases" ] || ok=0
  [ "$(xpath 'count(//testcase[not(@classname = "clauselint")])' "$file")" = 0 ] || ok=0
  # A failure per error finding, at least a case per document.
  [ "$failures" = "$2" ] || ok=0
  [ "$cases" -ge "$1" ] || ok=0
  if [ $ok = 0 ]; then
    echo "FAIL $file: $cases cases, $failures failures, $failed_cases failed cases; json: $documents" >&2
    return 1
  fi
  echo "junit: $file: valid against junit.xsd; $cases cases, $failures failures agree with the json report: ok"
}

echo "== junit: $(xmllint --version 2>&1 | head -1)"
for repo in odd noconfig; do
  check check_junit $repo.junit.xml $repo.json
  check check_junit $repo.quiet.junit.xml $repo.quiet.json
done
check check_junit clean.junit.xml clean.json
if [ "$(xpath 'count(//testcase[@name = "(repository)"])' noconfig.junit.xml)" != 1 ]; then
  echo "FAIL noconfig.junit.xml: no (repository) case" >&2
  failed=$((failed + 1))
fi

# ---- json and codequality ----
echo "== json and codequality: node $(node --version)"
for repo in odd noconfig; do
  check node "$here/check.js" json $repo.json
  check node "$here/check.js" json $repo.quiet.json quiet
  check node "$here/check.js" codequality $repo.codequality.json $repo.json
  check node "$here/check.js" codequality $repo.quiet.codequality.json $repo.quiet.json
done
check node "$here/check.js" json clean.json empty
check node "$here/check.js" codequality clean.codequality.json clean.json

echo "formats: $passed passed, $failed failed"
[ $failed = 0 ]
