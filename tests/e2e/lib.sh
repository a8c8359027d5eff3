# Helpers for a case's setup.sh (sourced in the empty repository folder).
# Dates, names and e-mails are fixed by run.sh; `at DATE` changes them.

git init -q .

# Most cases are about one document rule in a repository of one or two
# documents, which lacks most of an ISMS: the repository-level rules of
# clause 5 and A.5.4 would fire in every one of them. They are switched
# off here; a case about them removes or rewrites this file.
clause5_rules='  policy-missing: off
  policy-commitment-missing: off
  policy-objectives-missing: off
  policy-not-communicated: off
  roles-missing: off
  roles-mandatory-unassigned: off
  raci-invalid: off
  roles-minimal: off
  role-unknown: off
  management-review-missing: off
  resource-approval-missing: off
  management-statement-missing: off
  management-training-exempt: off
'
printf 'rules:\n%s' "$clause5_rules" >.clauselint.yml

# clause5_off: for a case that writes its own .clauselint.yml, keeps the
# rules above off in it.
clause5_off() {
	if grep -q '^rules:' .clauselint.yml; then
		CLAUSE5_RULES=$clause5_rules awk '{ print } /^rules:/ { printf "%s", ENVIRON["CLAUSE5_RULES"] }' \
			.clauselint.yml >.clauselint.tmp
		mv .clauselint.tmp .clauselint.yml
	else
		printf 'rules:\n%s' "$clause5_rules" >>.clauselint.yml
	fi
}

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

# standard_people: the registry most cases use: Dana Whitfield, CEO, and
# Sam Ortiz, IT Manager and ISMS Lead.
standard_people() {
	write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
YML
}

# approve PATH...: Dana Whitfield, CEO (added to people.yml if there is
# none), approves the documents as committed, with an empty commit.
approve() {
	[ -f people.yml ] || { standard_people; commit "Add the people registry"; }
	set -- $(printf -- '--trailer Approves:%s ' "$@")
	GIT_AUTHOR_NAME="Dana Whitfield" GIT_AUTHOR_EMAIL=dana@example.com \
	GIT_COMMITTER_NAME="Dana Whitfield" GIT_COMMITTER_EMAIL=dana@example.com \
		git commit -q --allow-empty -m "Approve" --trailer "Approved-by: Dana Whitfield <dana@example.com>" "$@"
}

# formats_repository: the repository of the format-* cases, one finding
# of each severity and a clean document: a procedure with a name that
# needs escaping in every format (spaces, non-ASCII, < & > and a quote),
# never approved (error) and with a broken link (warning); a procedure
# whose review falls due within 30 days of 2026-11-22 (note); one that
# is approved and clean. No policy claims 5.2, so policy-missing, a
# repository-level finding, is on .clauselint.yml (on no file when a
# case removes it).
formats_repository() {
	standard_people
	printf 'rules:\n%s' "$clause5_rules" | grep -v 'policy-missing' >.clauselint.yml
	odd='procedures/my <&> "odd" procédure.md'
	at 2025-12-01
	good_policy procedures/due.md PRO-001
	good_policy procedures/clean.md PRO-002
	good_policy "$odd" PRO-003
	for doc in procedures/due.md procedures/clean.md "$odd"; do
		sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: A procedure/' "$doc"
	done
	printf '\nSee the [checklist](checklist.md).\n' >>"$odd"
	commit "Add the procedures"
	approve procedures/due.md
	at 2026-01-15
	echo "Reviewed." >>procedures/clean.md
	commit "Review the clean procedure"
	approve procedures/clean.md
}
