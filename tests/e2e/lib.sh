# Helpers for a case's setup.sh (sourced in the empty repository folder).
# Dates, names and e-mails are fixed by run.sh; `at DATE` changes them.

git init -q .

# Most cases are about one document rule in a repository of one or two
# documents, which lacks most of an ISMS: the rules that judge the ISMS as
# a whole (tagged isms: clause 5 and A.5.4) would fire in every one of
# them. They are switched off here; a case about them removes or rewrites
# this file. The list is the binary's own (rules --format json).
: "${CLAUSELINT_BIN:?tests/e2e/lib.sh needs CLAUSELINT_BIN, the clauselint binary}"
clause5_rules=$("$CLAUSELINT_BIN" rules --format json |
	sed -n 's/^  {"name": "\([a-z0-9-]*\)".*"tags": \[[^]]*"isms".*/  \1: off/p')
clause5_rules="$clause5_rules
"
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
# The first commit of a repository is followed by approve_trust (below),
# unless NO_APPROVE_TRUST is set (run.sh sets it for a case with a file
# no-approve-trust).
commit() {
	msg=$1
	shift
	had_head=$(git rev-parse -q --verify HEAD)
	git add -A
	git commit -q --allow-empty -m "$msg" "$@"
	[ -n "$had_head" ] || [ -n "${NO_APPROVE_TRUST:-}" ] || approve_trust
}

# at DATE: later commits are made on DATE (YYYY-MM-DD, noon UTC).
at() {
	export GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z"
}

# as NAME EMAIL: later commits are authored and committed by NAME.
as() {
	export GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2"
}

# keygen NAME [TYPE]: a key pair made for this case alone (ed25519 by
# default), .git/keys/NAME and .git/keys/NAME.pub: inside .git, so never
# committed, and gone with the case's repository.
#
# Keys are made anew in every run, so the ids of the commits that hold
# or are signed by one differ each time, and so do the ids of the commits
# after them. keygen also writes .git/named-commits for the case's cmd:
# `sh .git/named-commits $CLAUSELINT ...` runs clauselint and shows each
# commit id of HEAD's history as {its subject}.
keygen() {
	mkdir -p .git/keys
	ssh-keygen -q -t "${2:-ed25519}" -N "" -C "$1@laptop" -f ".git/keys/$1"
	cat >.git/named-commits <<'SH'
out=$("$@")
status=$?
script=$(git log --format='%H %s' | while read -r id subject; do
	printf 's/%s/{%s}/g\n' "$(printf %s "$id" | cut -c1-7)" "$subject"
done)
printf '%s\n' "$out" | sed -e "$script"
exit $status
SH
}

# signed NAME GIT-ARGS...: runs git with commits signed by the key NAME,
# as someone who set gpg.format=ssh and user.signingkey would:
# `signed dana commit -S ...`.
signed() {
	key=$1
	shift
	git -c gpg.format=ssh -c user.signingkey="$PWD/.git/keys/$key.pub" "$@"
}

# signing_people: the standard registry with signing keys: Dana's is
# .git/keys/dana, Sam's .git/keys/sam (made with keygen first).
signing_people() {
	write people.yml <<YML
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
    signing_keys:
      - $(cat .git/keys/dana.pub)
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
    signing_keys:
      - $(cat .git/keys/sam.pub)
YML
}

# require_signature: a .clauselint.yml that counts only signed
# approvals (the clause 5 repository-level rules off, as usual).
require_signature() {
	printf 'approvals:\n  require_signature: true\n' >.clauselint.yml
	clause5_off
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
# none), approves the documents as committed, with an empty commit,
# signed with .git/keys/dana when APPROVE_SIGNED is set.
approve() {
	[ -f people.yml ] || { standard_people; commit "Add the people registry"; }
	set -- $(printf -- '--trailer Approves:%s ' "$@")
	if [ -n "${APPROVE_SIGNED:-}" ]; then set -- -S "$@"; fi
	GIT_AUTHOR_NAME="Dana Whitfield" GIT_AUTHOR_EMAIL=dana@example.com \
	GIT_COMMITTER_NAME="Dana Whitfield" GIT_COMMITTER_EMAIL=dana@example.com \
		signed dana commit -q --allow-empty -m "Approve" --trailer "Approved-by: Dana Whitfield <dana@example.com>" "$@"
}

# approve_trust: Dana Whitfield (CEO) approves the trust inputs HEAD has
# (.clauselint.yml, people.yml, .mailmap), which starts the chain of
# trust (docs/approvals.md) there, so a case's findings are about what it
# tests. `commit` calls it after the first commit, and run.sh after
# setup.sh when the trust inputs changed since; neither does for a case
# with a file no-approve-trust. The commit is made with commit-tree, so
# the index and the working tree stay as the case left them (a --staged
# case keeps its staged change), and signed with Dana's key when the case
# made one (keygen dana). .git/approved-trust records what it approved;
# `approve_trust again` approves even what it approved already (after an
# approval that didn't count).
# TRUST_APPROVER ("Name <email>") and TRUST_KEY (the key's name under
# .git/keys) name someone else; the trailer is the configuration's.
approve_trust() {
	git rev-parse -q --verify HEAD >/dev/null || return 0
	trust_who=${TRUST_APPROVER:-Dana Whitfield <dana@example.com>}
	trust_key=${TRUST_KEY:-dana}
	trust_trailer=$(git show HEAD:.clauselint.yml 2>/dev/null | sed -n 's/^ *trailer: *//p')
	trust_msg=$(mktemp)
	printf 'Approve the trust inputs\n\n%s: %s\n' "${trust_trailer:-Approved-by}" "$trust_who" >"$trust_msg"
	trust_any=
	for trust_file in .clauselint.yml .clauselint.yaml people.yml .mailmap; do
		# One HEAD has, or one the last approval had (its removal).
		if git cat-file -e "HEAD:$trust_file" 2>/dev/null ||
			{ [ -f .git/approved-trust ] && ! grep -qx -- "- $trust_file" .git/approved-trust; }; then
			printf 'Approves: %s\n' "$trust_file" >>"$trust_msg"
			trust_any=1
		fi
	done
	trust_state
	if [ -n "$trust_any" ] && { [ "${1:-}" = again ] || ! cmp -s .git/approved-trust .git/trust-now; }; then
		trust_sign=
		[ -f ".git/keys/$trust_key.pub" ] && trust_sign=-S
		trust_name=${trust_who% <*}
		trust_email=${trust_who##*<}
		trust_commit=$(GIT_AUTHOR_NAME=$trust_name GIT_AUTHOR_EMAIL=${trust_email%>} \
			GIT_COMMITTER_NAME=$trust_name GIT_COMMITTER_EMAIL=${trust_email%>} \
			git -c gpg.format=ssh -c user.signingkey="$PWD/.git/keys/$trust_key.pub" \
			commit-tree $trust_sign "HEAD^{tree}" -p HEAD -F "$trust_msg") &&
			git update-ref HEAD "$trust_commit" &&
			mv .git/trust-now .git/approved-trust
	fi
	rm -f "$trust_msg" .git/trust-now
}

# trust_state: the blob ids of the trust inputs at HEAD, in .git/trust-now.
trust_state() {
	for trust_file in .clauselint.yml .clauselint.yaml people.yml .mailmap; do
		git rev-parse -q --verify "HEAD:$trust_file" 2>/dev/null || echo "- $trust_file"
	done >.git/trust-now
}

# approve_as NAME EMAIL PATH...: like approve, by NAME <EMAIL>.
approve_as() {
	approver_name=$1 approver_email=$2
	shift 2
	set -- $(printf -- '--trailer Approves:%s ' "$@")
	GIT_AUTHOR_NAME=$approver_name GIT_AUTHOR_EMAIL=$approver_email \
	GIT_COMMITTER_NAME=$approver_name GIT_COMMITTER_EMAIL=$approver_email \
		git commit -q --allow-empty -m "Approve" --trailer "Approved-by: $approver_name <$approver_email>" "$@"
}

# ---- A complete ISMS, for the clause 5 and A.5.4 cases ----
#
# isms_kit builds a repository in which every rule passes on 2026-11-22
# (the default --now): the people registry, the information security
# policy, the roles document, the management statement, a resource
# approval, the acknowledgements of the policy, a training record and a
# management review, with the documents approved by Dana Whitfield (CEO).
# A case about one rule changes one thing:
#
#   isms_files                  write every file (no commit); edit one here,
#   isms_commit                 then commit and approve as isms_kit does;
#
# or runs isms_kit and commits a change on top. isms_files removes the
# .clauselint.yml written above, so every rule is on. ISMS_APPROVED and
# ISMS_APPROVED_RECORDS list what isms_commit has Dana approve; a case
# may set them between the two.
ISMS_POLICY=policies/information-security-policy.md
ISMS_ROLES=policies/roles-and-responsibilities.md
ISMS_STATEMENT=policies/management-statement.md
ISMS_RESOURCES=records/resource-approval.md
ISMS_ACK=records/acknowledgement-POL-001-1.0.md
ISMS_TRAINING=records/security-training.md
ISMS_REVIEW=records/management-review.md

# The policy's sections on clause 5.2 b and on 5.2 c and d; a case may
# set either before isms_files.
ISMS_OBJECTIVES='## Information security objectives

Each year the management review sets measurable targets for the ISMS and
checks how the last ones were met.'
ISMS_COMMITMENTS='## Commitments

Top management commits to satisfy applicable requirements related to
information security, and to the continual improvement of the information
security management system.'

# isms_policy: the information security policy (POL-001 1.0) with
# $ISMS_OBJECTIVES and $ISMS_COMMITMENTS.
isms_policy() {
	write $ISMS_POLICY <<MD
---
id: POL-001
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.2", "A.5.1"]
---

# Information Security Policy

This policy sets the direction of information security at Example Ltd.
It applies to every employee, contractor and system.

$ISMS_OBJECTIVES

$ISMS_COMMITMENTS
MD
}

# isms_roles: the roles document (ROL-001 1.0) with a RACI table of six
# activities, among them clause 5.3 a (conforms) and 5.3 b (report on
# performance).
isms_roles() {
	write $ISMS_ROLES <<'MD'
---
id: ROL-001
title: ISMS Roles and Responsibilities
type: roles
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.3"]
---

# ISMS Roles and Responsibilities

| Activity                                      | CEO | ISMS Lead |
| --------------------------------------------- | --- | --------- |
| Approve the information security policy       | A   | R         |
| Ensure the ISMS conforms to ISO/IEC 27001     | A   | R         |
| Report on ISMS performance to top management  | I   | A/R       |
| Manage the risk register                      | I   | A/R       |
| Conduct the internal audit                    | A   | R         |
| Run the management review                     | A   | R         |
MD
}

# isms_statement: the senior management statement (STM-001 1.0).
isms_statement() {
	write $ISMS_STATEMENT <<'MD'
---
id: STM-001
title: Senior Management Statement
type: statement
owner: CEO
version: "1.0"
approver: CEO
clauses: ["A.5.4"]
---

# Senior Management Statement

Top management requires every employee and contractor to apply
information security according to our policies, and follows them too.
MD
}

# isms_records: the resource approval (dated 2026-02-01), the
# acknowledgements of POL-001 1.0 by Dana Whitfield and Sam Ortiz, their
# training on 2026-09-10 and the management review of 2026-10-14, which
# both attended.
isms_records() {
	write $ISMS_RESOURCES <<'MD'
---
id: RES-001
title: ISMS resources
type: resource-approval
owner: ISMS Lead
date: 2026-02-01
---

# ISMS resources

For the year: one ISMS Lead (0.5 FTE), the certification audit and the
awareness training platform.
MD
	write $ISMS_ACK <<'MD'
---
id: ACK-POL-001-1.0
title: Acknowledgements of POL-001 1.0
type: acknowledgement
owner: ISMS Lead
policy: POL-001
policy_version: "1.0"
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-03-04 |
| Sam Ortiz      | 2026-03-05 |
MD
	write $ISMS_TRAINING <<'MD'
---
id: TRN-001
title: Security awareness training
type: training
owner: ISMS Lead
date: 2026-09-10
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-09-10 |
| Sam Ortiz      | 2026-09-10 |
MD
	write $ISMS_REVIEW <<'MD'
---
id: MR-001
title: Management review
type: review
owner: ISMS Lead
date: 2026-10-14
attendees: [Dana Whitfield, Sam Ortiz]
---

# Management review

The internal audit found no nonconformity; the targets for next year are
set.
MD
}

# isms_raci ACTIVITY CELL...: the row of ACTIVITY in the RACI table of the
# roles document gets these cells, one per role column (CEO, ISMS Lead).
isms_raci() {
	raci_activity=$1
	shift
	raci_row="| $raci_activity |"
	for raci_cell in "$@"; do raci_row="$raci_row $raci_cell |"; done
	ACTIVITY=$raci_activity ROW=$raci_row awk '
		index($0, "| " ENVIRON["ACTIVITY"] " ") == 1 { print ENVIRON["ROW"]; next }
		{ print }' $ISMS_ROLES >$ISMS_ROLES.tmp
	mv $ISMS_ROLES.tmp $ISMS_ROLES
}

isms_files() {
	rm -f .clauselint.yml
	standard_people
	isms_policy
	isms_roles
	isms_statement
	isms_records
	ISMS_APPROVED="$ISMS_POLICY $ISMS_ROLES $ISMS_STATEMENT $ISMS_RESOURCES"
	ISMS_APPROVED_RECORDS="$ISMS_ACK $ISMS_TRAINING $ISMS_REVIEW"
}

# isms_commit: Sam Ortiz commits the documents on 2026-02-01, Dana
# Whitfield approves $ISMS_APPROVED on 2026-02-02, Sam commits the rest
# (the records and anything else) on 2026-10-15, and Dana approves
# $ISMS_APPROVED_RECORDS on 2026-10-16: records are evidence only when
# approved (docs/approvals.md).
isms_commit() {
	as "Sam Ortiz" sam@example.com
	at 2026-02-01
	for f in people.yml policies $ISMS_RESOURCES; do
		if [ -e "$f" ]; then git add "$f"; fi
	done
	git commit -q -m "Add the ISMS documents"
	at 2026-02-02
	set --
	for f in $ISMS_APPROVED; do
		if [ -e "$f" ]; then set -- "$@" "$f"; fi
	done
	if [ $# -gt 0 ]; then approve "$@"; fi
	at 2026-10-15
	commit "Record acknowledgements, training and the management review"
	at 2026-10-16
	set --
	for f in $ISMS_APPROVED_RECORDS; do
		if [ -e "$f" ]; then set -- "$@" "$f"; fi
	done
	if [ $# -gt 0 ]; then approve "$@"; fi
}

isms_kit() {
	isms_files
	isms_commit
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

# ---- Attacks on the chain of trust (docs/approvals.md) ----
#
# attack_base: main holds a repository whose approvals must be signed
# (require_signature): people.yml lists Dana Whitfield (CEO), Sam Ortiz
# (ISMS Lead) and Alex Kim (Developer), each with a key of their own; the
# trust inputs and two policies (POL-001, the security policy, and
# POL-002) are approved by Dana, signed. Then the branch `change` is
# checked out and commits are Alex's, from 2026-04-01: what a pull request
# he opens may contain. Its cmd runs `sh .git/check-change $CLAUSELINT`:
# the pull-request check (--changed-since main), then a whole-repository
# lint, and exits with the graver status. A case using it has a file
# no-approve-trust: what its change does to the trust inputs stays
# unapproved unless the case approves it.
attack_base() {
	keygen dana
	keygen sam
	keygen alex
	attack_people
	require_signature
	at 2026-03-01
	good_policy policies/isp.md
	good_policy policies/access.md POL-002
	sed -i 's/^title: .*/title: Access Control Policy/; s/"5.2", //' policies/access.md
	for attack_doc in ${ATTACK_ALSO:-}; do "attack_$attack_doc"; done
	commit "Set up the ISMS"
	approve_trust
	as "Dana Whitfield" dana@example.com
	at 2026-03-02
	signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0 and POL-002 1.0" \
		--trailer "Approved-by: Dana Whitfield <dana@example.com>" \
		--trailer "Approves: policies/isp.md" --trailer "Approves: policies/access.md"
	for attack_doc in ${ATTACK_ALSO:-}; do "approve_$attack_doc"; done
	open_change 2026-04-01
}

# open_change DATE: checks out the branch `change`, whose commits are
# Alex's from DATE, and writes .git/check-change: the pull-request check
# (--changed-since main), then a whole-repository lint, each on
# 2026-11-22, exiting with the graver status.
open_change() {
	git checkout -q -b change
	as "Alex Kim" alex@example.com
	at "$1"
	cat >.git/check-change <<'SH'
echo "== clauselint --changed-since main"
sh .git/named-commits "$@" --now 2026-11-22 --changed-since main
pr=$?
echo "== clauselint"
sh .git/named-commits "$@" --now 2026-11-22
whole=$?
echo "exit $pr, $whole"
[ $pr -ge $whole ] && exit $pr
exit $whole
SH
}

# attack_people: people.yml of attack_base: Dana Whitfield (CEO), Sam
# Ortiz (ISMS Lead) and Alex Kim (Developer), each with a key of their
# own (keygen dana, sam and alex first).
attack_people() {
	signing_people
	cat >>people.yml <<YML
  - name: Alex Kim
    email: alex@example.com
    roles: [Developer]
    signing_keys:
      - $(cat .git/keys/alex.pub)
YML
}

# evidence_base training|review: main holds isms_kit's ISMS with
# approvals signed (require_signature, attack_people), but no training
# record names Dana (training) or no management review was held
# (review): the management-training-exempt or management-review-missing
# a pull request would like to make go away. Then open_change 2026-11-01.
# Like attack_base, a case using it has a file no-approve-trust.
# EVIDENCE_APPROVALS holds more lines of `approvals:` for the
# configuration (two-space indented).
evidence_base() {
	keygen dana
	keygen sam
	keygen alex
	isms_files
	attack_people
	printf 'approvals:\n  require_signature: true\n%s' "${EVIDENCE_APPROVALS:-}" >.clauselint.yml
	case $1 in
	training) sed -i '/^| Dana Whitfield/d' $ISMS_TRAINING ;;
	review) rm $ISMS_REVIEW ;;
	esac
	APPROVE_SIGNED=1 isms_commit
	approve_trust
	open_change 2026-11-01
}

# evidence_training [OWNER]: a training record of 2026-11-01 naming Dana,
# records/security-training-2026-11.md (TRN-002), its owner the ISMS Lead
# or OWNER; evidence_review: the minutes of a management review of
# 2026-11-01 that Dana and Sam attended, records/management-review-2026-11.md
# (MR-002). Neither is committed.
evidence_training() {
	write records/security-training-2026-11.md <<MD
---
id: TRN-002
title: Security awareness training, November
type: training
owner: ${1:-ISMS Lead}
date: 2026-11-01
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-11-01 |
MD
}

evidence_review() {
	write records/management-review-2026-11.md <<'MD'
---
id: MR-002
title: Management review, November
type: review
owner: ISMS Lead
date: 2026-11-01
attendees: [Dana Whitfield, Sam Ortiz]
---

# Management review

All targets met.
MD
}

# as_sam_signed MESSAGE [git commit options]: Sam's signed commit of
# everything staged and changed, with his Approved-by.
as_sam_signed() {
	msg=$1
	shift
	git add -A
	GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL=sam@example.com \
	GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL=sam@example.com \
		signed sam commit -q -S --allow-empty -m "$msg" --trailer "Approved-by: Sam Ortiz <sam@example.com>" "$@"
}

# ATTACK_ALSO="roles procedure" before attack_base adds to its base the
# roles document (ISMS_ROLES, approver CEO), approved by Dana, and a
# procedure (policies/backup.md, PRO-001, approver ISMS Lead), approved
# by Sam, each with a signed commit of its own.
attack_roles() {
	isms_roles
}

approve_roles() {
	signed dana commit -q -S --allow-empty -m "Approve ROL-001 1.0" \
		--trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: $ISMS_ROLES"
}

# filter_base ATTRIBUTES [LINE]: attack_base, then on main a
# .gitattributes of ATTRIBUTES and LINE appended to the access policy,
# approved by Dana (signed) with the trust inputs; then the branch
# `change` again, Alex's from 2026-04-01.
filter_base() {
	attack_base
	git checkout -q main
	printf '%s\n' "$1" >.gitattributes
	if [ -n "${2:-}" ]; then printf '\n%s\n' "$2" >>policies/access.md; fi
	git add -A
	git commit -q -m "Filter the documents"
	as_dana_signed "Approve POL-002" --trailer "Approves: policies/access.md"
	approve_trust again
	git checkout -q -B change
	as "Alex Kim" alex@example.com
	at 2026-04-01
}

# commit_raw PATH MESSAGE: commits the bytes read from standard input as
# PATH's blob, as they are (git add would put them through the clean
# filters), and checks PATH out from it.
commit_raw() {
	raw_blob=$(git hash-object -w --stdin)
	git update-index --cacheinfo 100644,"$raw_blob","$1"
	git commit -q -m "$2"
	rm "$1"
	git checkout -- "$1"
}

# superseded_base: Dana (CEO) approves the security policy v1, Sam adds
# "Exceptions are forbidden." and Dana approves v2 (HEAD~2 has v1's
# tree); later commits are Sam's, from 2026-05-01.
superseded_base() {
	at 2026-03-01
	good_policy policies/isp.md
	commit "Add the information security policy"
	as "Dana Whitfield" dana@example.com
	at 2026-03-02
	commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
	as "Sam Ortiz" sam@example.com
	at 2026-04-01
	echo "Exceptions are forbidden." >>policies/isp.md
	commit "POL-001: no exceptions"
	as "Dana Whitfield" dana@example.com
	at 2026-04-02
	commit "Approve POL-001 1.0 without exceptions" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
	as "Sam Ortiz" sam@example.com
	at 2026-05-01
}

# ATTACK_ALSO=excludes: the configuration in force leaves out templates/
# and README.md, as many policy repositories' do.
attack_excludes() {
	printf 'exclude: ["templates/**", "README.md"]\n' >>.clauselint.yml
}

approve_excludes() {
	:
}

attack_procedure() {
	write policies/backup.md <<'MD'
---
id: PRO-001
title: Backup Procedure
type: procedure
owner: ISMS Lead
version: "1.0"
approver: ISMS Lead
---

# Backup Procedure

Backups run nightly and are restored once a quarter.
MD
}

approve_procedure() {
	GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL=sam@example.com \
	GIT_COMMITTER_NAME="Sam Ortiz" GIT_COMMITTER_EMAIL=sam@example.com \
		signed sam commit -q -S --allow-empty -m "Approve PRO-001 1.0" \
		--trailer "Approved-by: Sam Ortiz <sam@example.com>" --trailer "Approves: policies/backup.md"
}

# as_dana_signed MESSAGE [git commit options]: Dana's signed commit of
# everything staged and changed, the approval a legitimate change gets.
as_dana_signed() {
	msg=$1
	shift
	git add -A
	GIT_AUTHOR_NAME="Dana Whitfield" GIT_AUTHOR_EMAIL=dana@example.com \
	GIT_COMMITTER_NAME="Dana Whitfield" GIT_COMMITTER_EMAIL=dana@example.com \
		signed dana commit -q -S --allow-empty -m "$msg" --trailer "Approved-by: Dana Whitfield <dana@example.com>" "$@"
}

# The registry most cases need, from the start: a case about another one
# rewrites or removes it.
standard_people

# adopt_check: writes .git/adopt-check, the adoption as a new user does
# it, each step's output under a heading: clauselint before (its last
# lines: the summary and the nothing-governed note), `init --adopt` with
# Dana as CEO and the configuration it wrote, then the commands it
# printed run as printed (git add and commit by Sam, the approval by
# Dana), and clauselint after, whose exit status the script exits with.
adopt_check() {
	git config user.name "Sam Ortiz"
	git config user.email sam@example.com
	cat >.git/adopt-check <<'SH'
echo "== before"
$CLAUSELINT --now 2026-11-22 | grep -e 'nothing-governed' -e ' in [0-9]* documents\{0,1\}'
echo "== clauselint init --adopt"
$CLAUSELINT init --adopt --ceo "Dana Whitfield <dana@example.com>" --now 2026-11-22 >.git/adopt.out || exit $?
sed -n '1,/^Next steps/p' .git/adopt.out | sed '$d'
echo "== .clauselint.yml"
cat .clauselint.yml
export GIT_AUTHOR_DATE=2026-11-20T12:00:00Z GIT_COMMITTER_DATE=2026-11-20T12:00:00Z
grep -e '^     git add' -e '^     git commit -m' .git/adopt.out | sh -e >/dev/null || exit 3
export GIT_AUTHOR_NAME="Dana Whitfield" GIT_AUTHOR_EMAIL=dana@example.com
export GIT_COMMITTER_NAME="Dana Whitfield" GIT_COMMITTER_EMAIL=dana@example.com
export GIT_AUTHOR_DATE=2026-11-21T12:00:00Z GIT_COMMITTER_DATE=2026-11-21T12:00:00Z
grep '^     git commit --allow-empty' .git/adopt.out | sh -e >/dev/null || exit 3
echo "== after"
$CLAUSELINT --now 2026-11-22
SH
}
