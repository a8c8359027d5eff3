#!/bin/sh
# seeds.sh: the seed corpora of the harnesses of fuzz/, made from the
# repository's own inputs (docs/fuzzing.md):
#
#   sh fuzz/seeds.sh BIN DIR
#
# BIN is build/clauselint (tests/e2e/lib.sh asks it for the rule list, and
# it writes the json reports that seed the baseline harness); DIR gets one
# folder per harness (build/fuzz/corpus/NAME). The inputs are the files of
# fixtures/*/files and templates/init, and the repositories that
# fixtures/*/build.sh and every tests/e2e/cases/*/setup.sh build: their
# Markdown, YAML, .mailmap and baselines, their commit messages, the SSH
# signatures of their signed commits and the keys that made them. Each
# seed is named by the SHA-1 of its content, as libFuzzer names what it
# adds, so running this again adds only what is new, and keeps what
# fuzzing added. Seeds over 64 KiB are left out: the harnesses read no
# more (FUZZ_MAX_LEN), and the e2e cases of huge inputs are about cost,
# which the fuzzer finds by growing small inputs.
#
# A case whose setup fails (ssh-keygen missing, say) gives what it wrote
# before failing. Cases run in parallel, one per processor; of each
# repository, the first 40 Markdown files and 200 commits are taken.
set -u

MAX_SEED=65536

# ---- one repository, harvested (also run by xargs: --case DIR) ----

# seed NAME FILE: FILE into $out/NAME/, named by its SHA-1.
seed() {
	[ -f "$2" ] || return 0
	size=$(wc -c <"$2")
	[ "$size" -gt 0 ] && [ "$size" -le $MAX_SEED ] || return 0
	mkdir -p "$out/$1"
	sum=$(sha1sum <"$2")
	sum=${sum%% *}
	[ -f "$out/$1/$sum" ] && return 0
	cp "$2" "$out/$1/.$sum.$$" && mv "$out/$1/.$sum.$$" "$out/$1/$sum"
}

# seed_stdin NAME: standard input as a seed.
seed_stdin() {
	cat >"$tmp/stdin"
	seed "$1" "$tmp/stdin"
}

# The front matter of a Markdown file (between its first two '---'
# lines; a BOM and CRLF accepted, as lib/parse/document.c accepts them).
front_matter() {
	awk '{ line = $0; sub(/\r$/, "", line) }
	     NR == 1 { sub(/^\357\273\277/, "", line) }
	     NR == 1 && line != "---" { exit }
	     NR == 1 { next }
	     line == "---" || line == "..." { exit }
	     { print }' "$1"
}

# Its body: what follows the front matter (the RACI harness supplies a
# front matter of its own).
body() {
	awk '{ line = $0; sub(/\r$/, "", line) }
	     NR == 1 { sub(/^\357\273\277/, "", line) }
	     NR == 1 && line == "---" { open = 1; next }
	     open && line == "---" { open = 0; next }
	     !open { print }' "$1"
}

# A Markdown file: a document, its front matter as YAML, and for the
# harness of its kind, a record or requirement note, or a RACI table.
markdown_file() {
	seed document "$1"
	seed reading "$1"
	front_matter "$1" | seed_stdin yaml
	if grep -Eq '^(type: *(review|training|acknowledgement|resource-approval|record)|Code:)' "$1"; then
		seed records "$1"
	fi
	if grep -Eq '^type: *roles' "$1" || grep -q '^|.*| *[ARCI/]* *|' "$1"; then
		body "$1" | seed_stdin raci
	fi
}

yaml_file() {
	seed yaml "$1"
	case $(basename "$1") in
	.clauselint.yml | .clauselint.yaml | clauselint.yml) seed config "$1" ;;
	people*.yml) seed people "$1" ;;
	esac
	# Each signing key, on its own.
	sed -n 's/^ *- *\(ssh-[a-z0-9-]* .*\)$/\1/p; s/^ *- *\(ecdsa-[a-z0-9-]* .*\)$/\1/p; s/^ *- *\(sk-[a-z0-9@.-]* .*\)$/\1/p' "$1" |
		while IFS= read -r key; do printf '%s\n' "$key" | seed_stdin ssh_key; done
}

# The include, exclude and governed patterns of a configuration, one a
# line: both the flow form (include: ["a", "b"]) and the block form.
patterns() {
	awk -v q="'" '
	function clean(v) {
		gsub(/^[ \t]+|[ \t]+$/, "", v)
		gsub(/"/, "", v)
		gsub(q, "", v)
		return v
	}
	/^(include|exclude|governed):/ {
		key = 1
		line = $0
		sub(/^[a-z]+:[ \t]*/, "", line)
		if (line ~ /^\[/) {
			gsub(/[][]/, "", line)
			n = split(line, items, ",")
			for (i = 1; i <= n; i++)
				if (clean(items[i]) != "")
					print clean(items[i])
			key = 0
		}
		next
	}
	key && /^[ \t]+-[ \t]/ { v = $0; sub(/^[ \t]+-[ \t]+/, "", v); print clean(v); next }
	{ key = 0 }' "$1"
}

# A glob seed of each pattern against each of a few of the repository's
# paths: pattern, newline, path.
glob_seeds() {
	config=$1 paths=$2
	[ -f "$config" ] || return 0
	patterns "$config" | while IFS= read -r p; do
		head -n 6 "$paths" | while IFS= read -r path; do
			printf '%s\n%s' "$p" "$path" | seed_stdin glob
		done
	done
}

# The lint harness's input: people.yml, NUL, .clauselint.yml, NUL, then
# files, each its path, a newline and its content, NUL-separated, while
# the whole stays under the seed size.
lint_seed() {
	repo=$1 paths=$2
	{
		[ -f "$repo/people.yml" ] && cat "$repo/people.yml"
		printf '\000'
		[ -f "$repo/.clauselint.yml" ] && cat "$repo/.clauselint.yml"
		total=0 n=0
		while IFS= read -r path; do
			case $path in people.yml | .clauselint.yml) continue ;; esac
			[ -f "$repo/$path" ] || continue
			size=$(wc -c <"$repo/$path")
			[ $((total + size)) -lt 60000 ] && [ $n -lt 14 ] || continue
			total=$((total + size)) n=$((n + 1))
			printf '\000%s\n' "$path"
			cat "$repo/$path"
		done <"$paths"
	} | seed_stdin lint
}

# A commit's SSH signature and the bytes it signs, split as
# git_commit_extract_signature splits them: the gpgsig header's lines
# joined by newlines, and the commit without that header.
signature_seed() {
	git -C "$1" cat-file commit "$2" >"$tmp/commit" || return 0
	grep -q '^gpgsig ' "$tmp/commit" || return 0
	awk -v sig="$tmp/sig" -v data="$tmp/data" '
		head && /^gpgsig / { printf "%s", substr($0, 8) > sig; insig = 1; next }
		head && insig && /^ / { printf "\n%s", substr($0, 2) > sig; next }
		{ insig = 0; if ($0 == "") head = 0; print > data }
		BEGIN { head = 1 }' "$tmp/commit"
	{
		cat "$tmp/sig"
		printf '\000'
		cat "$tmp/data"
	} | seed_stdin signature
	rm -f "$tmp/sig" "$tmp/data"
}

harvest() {
	repo=$1
	git -C "$repo" ls-files >"$tmp/paths" 2>/dev/null || : >"$tmp/paths"
	(cd "$repo" && find . -path ./.git -prune -o -type f -print | sed 's|^\./||') | LC_ALL=C sort >"$tmp/files"
	# A case of 10,000 documents adds nothing the first few don't.
	markdown=0
	while IFS= read -r path; do
		f=$repo/$path
		# A name with a newline in it is not a line of the list.
		[ -f "$f" ] || continue
		case $path in
		*.md)
			markdown=$((markdown + 1))
			[ $markdown -le 40 ] && markdown_file "$f"
			;;
		*.yml | *.yaml) yaml_file "$f" ;;
		.mailmap | */.mailmap) seed mailmap "$f" ;;
		*.json) seed baseline "$f" ;;
		esac
	done <"$tmp/files"
	for key in "$repo"/.git/keys/*.pub; do
		seed ssh_key "$key"
	done
	glob_seeds "$repo/.clauselint.yml" "$tmp/files"
	lint_seed "$repo" "$tmp/files"
	# The first 200 commits: their messages, and the signed ones' signatures.
	git -C "$repo" rev-list --all 2>/dev/null | head -n 200 >"$tmp/commits"
	while IFS= read -r id; do
		git -C "$repo" cat-file commit "$id" | sed '1,/^$/d' | seed_stdin trailer
		signature_seed "$repo" "$id"
	done <"$tmp/commits"
	# A json report is what a baseline is; the history cache the run
	# wrote, without its checksum, what the history_cache harness reads
	# (it appends the checksum itself).
	if [ -d "$repo/.git" ] && [ -s "$tmp/commits" ]; then
		rm -rf "$tmp/cache"
		(cd "$repo" && CLAUSELINT_CACHE_DIR="$tmp/cache" timeout 20 "$bin" --now 2026-11-22 --format json 2>/dev/null) |
			seed_stdin baseline
		for f in "$tmp"/cache/commits-*.bin; do
			[ -f "$f" ] && head -c -32 "$f" | seed_stdin history_cache
		done
	fi
}

# One e2e case: its repository built as tests/e2e/run.sh builds it.
run_case() {
	dir=$1
	name=$(basename "$dir")
	repo=$work/cases/$name
	tmp=$work/tmp/$name
	mkdir -p "$repo" "$tmp"
	(
		cd "$repo" || exit 1
		NO_APPROVE_TRUST=
		[ -f "$dir/no-approve-trust" ] && NO_APPROVE_TRUST=1
		export NO_APPROVE_TRUST
		. "$root/tests/e2e/lib.sh" && . "$dir/setup.sh" && { [ -n "$NO_APPROVE_TRUST" ] || approve_trust; }
	) >"$tmp/setup.log" 2>&1 || echo "seeds: $name: setup.sh failed; seeding what it wrote" >&2
	harvest "$repo"
	rm -rf "$repo" "$tmp"
}

if [ "${1:-}" = --case ]; then
	run_case "$2"
	exit 0
fi

# ---- the whole corpus ----

bin=${1:?usage: seeds.sh BIN DIR}
out=${2:?usage: seeds.sh BIN DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
[ -x "$bin" ] || { echo "seeds: no binary at $bin" >&2; exit 2; }
mkdir -p "$out"

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-seeds.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
tmp=$work/tmp/main
mkdir -p "$tmp"

# A git that ignores the machine's configuration, with the dates and
# names of tests/e2e/run.sh.
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export GIT_AUTHOR_DATE="2026-01-15T10:00:00Z" GIT_COMMITTER_DATE="2026-01-15T10:00:00Z"
export GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL="sam@example.com"
export GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL="sam@example.com"
unset GIT_INDEX_FILE GIT_DIR GIT_WORK_TREE
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global core.quotepath false
export CLAUSELINT="$bin" CLAUSELINT_BIN="$bin" bin out work root

# The files kept as they are.
for f in "$root"/templates/init/* $(find "$root/fixtures" -path '*/files/*' -type f | LC_ALL=C sort); do
	case $f in
	*.md) markdown_file "$f" ;;
	*.yml) yaml_file "$f" ;;
	esac
done
glob_seeds "$root/templates/init/clauselint.yml" /dev/null
for p in '**/*.md' README.md 'templates/**' 'policies/**' '/records/*.md' 'policies/**/[a-z]*-policy.md'; do
	find "$root/fixtures" -path '*/files/*' -type f | sed 's|.*/files/||' | LC_ALL=C sort | head -n 8 |
		while IFS= read -r path; do printf '%s\n%s' "$p" "$path" | seed_stdin glob; done
done

# The fixture repositories of make demo, with their histories.
for build in "$root"/fixtures/*/build.sh; do
	name=$(basename "$(dirname "$build")")
	sh "$build" "$work/fixtures/$name" >/dev/null 2>&1 || echo "seeds: $build failed" >&2
	harvest "$work/fixtures/$name"
done

# Every e2e case, one per processor.
jobs=$(nproc 2>/dev/null || echo 2)
find "$root/tests/e2e/cases" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort |
	xargs -P "$jobs" -I{} sh "$root/fuzz/seeds.sh" --case {}

for d in "$out"/*/; do
	echo "seeds: $(basename "$d"): $(ls "$d" | wc -l) seeds"
done
