# Helpers for a case's setup.sh (sourced in the empty repository folder).
# Dates, names and e-mails are fixed by run.sh; `at DATE` changes them.

git init -q .

# write PATH: standard input into PATH, creating folders.
write() {
	mkdir -p "$(dirname "$1")"
	cat >"$1"
}

# commit MESSAGE [git commit options...]: stage everything and commit.
commit() {
	msg=$1
	shift
	git add -A
	git commit -q --allow-empty -m "$msg" "$@"
}

# at DATE: later commits are made on DATE (YYYY-MM-DD, noon UTC).
at() {
	export GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z"
}

# as NAME EMAIL: later commits are authored and committed by NAME.
as() {
	export GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2"
}

# A policy that passes every document rule; $1 is the path, $2 the id.
good_policy() {
	write "$1" <<POLICY
---
id: ${2:-POL-001}
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.2", "A.5.1"]
---

# Information Security Policy

We commit to satisfy applicable requirements and to continual improvement.
POLICY
}
