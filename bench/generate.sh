#!/bin/sh
# Generates the benchmark policy repository of bench/README.md at DIR:
#
#   sh bench/generate.sh DIR [DOCUMENTS [COMMITS]]     (default 5000 20000)
#
# 5,000 governed Markdown documents (policies/, procedures/, standards/,
# 36 folders) and 20,000 commits on main, written as one `git fast-import`
# stream by awk: documents created in batches, then commits that edit 1-3
# documents; about one commit in five is an approval (an `Approved-by:`
# trailer on an edit, or an empty commit with `Approves:` trailers); six
# short side branches are merged back. Dates run from 2021-01-01 to before
# 2026-11-01, a few hours apart.
#
# Deterministic: the generator uses its own pseudo-random generator (Park
# and Miller's minimal standard, seed 42) computed in awk arithmetic, not
# awk's rand(), whose sequence differs between mawk, gawk and BSD awk. The
# same arguments give the same commits and the same HEAD id, 9b63464 for
# the defaults (checked with mawk 1.3.4 and git 2.39; nothing here is
# particular to mawk).
#
# DIR is removed first, but only when it is empty or was made by this
# script (it holds .git/clauselint-bench, written last, which `make bench`
# uses as its stamp, or .git/clauselint-bench.partial while unfinished).
set -eu

dir=${1:?usage: generate.sh DIR [DOCUMENTS [COMMITS]]}
docs=${2:-5000}
commits=${3:-20000}
case $docs$commits in *[!0-9]*) echo "generate.sh: DOCUMENTS and COMMITS are numbers" >&2; exit 2 ;; esac

batch=100
# The setup commit, the creation batches, and room for the edits.
min=$((1 + (docs + batch - 1) / batch + 50))
if [ "$docs" -lt 2 ] || [ "$commits" -lt "$min" ]; then
	echo "generate.sh: need DOCUMENTS >= 2 and COMMITS >= $min" >&2
	exit 2
fi

if [ -e "$dir" ] && [ ! -f "$dir/.git/clauselint-bench" ] &&
	[ ! -f "$dir/.git/clauselint-bench.partial" ] &&
	[ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
	echo "generate.sh: $dir exists and was not made by generate.sh; not removing it" >&2
	exit 2
fi

export LC_ALL=C GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
start=$(date +%s)
rm -rf "$dir"
mkdir -p "$dir"
git -C "$dir" init -q -b main
: >"$dir/.git/clauselint-bench.partial" # ours, though unfinished
dir=$(cd "$dir" && pwd)
status=$dir/.git/generate-status

# The stream starts with `feature done` and ends with `done`: should awk
# stop half-way, fast-import fails instead of keeping a truncated history.
# fast-import allocates and frees zlib buffers for every object; glibc's
# default gives the heap back to the kernel each time (brk), which cost 25 s
# of system time of 37 on a virtual machine. A trim threshold of 256 MiB
# for that one process avoids it; the repository is the same byte for byte.
{
	awk -v D="$docs" -v N="$commits" -v BATCH="$batch" '
# Park-Miller minimal standard generator: every product stays below 2^53,
# so any awk computes it exactly.
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
function ri(n) { return int(rnd() * n) }
# A second generator of the same kind for the text of a document, seeded
# per document, so rebuilding a document does not move the main sequence.
function lrnd() { lseed = (lseed * 16807) % 2147483647; return lseed / 2147483647 }
function lri(n) { return int(lrnd() * n) }

function split_list(s, arr, n) { n = split(s, arr, "|"); return n }

function ts(i) { return T0 + (i - 1) * STEP + ri(int(STEP / 2)) }

# commit REF AUTHOR COMMITTER MESSAGE: starts a commit; file lines follow.
function commit(ref, a, c, msg,   t) {
	k++
	t = ts(k)
	printf "commit %s\nmark :%d\nauthor %s %d +0000\ncommitter %s %d +0000\ndata %d\n%s\n", \
		ref, k, a, t, c, t, length(msg), msg
}

function put(path, text) {
	printf "M 100644 inline %s\ndata %d\n%s\n", path, length(text), text
}

function para(n,   s, j, x) {
	s = ""
	for (j = 0; j < n; j++) {
		x = SENT[1 + lri(NSENT)]
		gsub(/%T/, tolower(topic[cur]), x)
		s = s (j ? " " : "") x
	}
	return s
}

function doc_text(i,   s, t) {
	cur = i
	lseed = dseed[i]
	s = "---\nid: " id[i] "\ntitle: " title[i] "\ntype: " type[i] \
		"\nowner: " owner[i] "\nversion: \"1." ver[i] "\"\napprover: CEO\nclauses: [" clauses[i] "]\n---\n\n"
	s = s "# " title[i] "\n\n## Purpose\n\n" para(3) "\n\n"
	t = link[i]
	s = s "## Scope\n\n" para(2) " Read it together with the [" title[t] "](../../" path[t] ").\n\n"
	s = s "## Responsibilities\n\n| Role | Responsibility |\n| --- | --- |\n| " owner[i] \
		" | " RESP[1 + lri(NRESP)] " |\n| CEO | approves this " tolower(kindword[type[i]]) \
		" |\n| ISMS Lead | " RESP[1 + lri(NRESP)] " |\n\n"
	s = s "## Requirements\n\n" para(4) "\n\n" para(3) "\n\n"
	s = s "## Revision\n\nVersion 1." ver[i] " " REV[1 + sent[i]] "\n"
	return s
}

function slug(s) { s = tolower(s); gsub(/[^a-z0-9]+/, "-", s); return s }

function new_doc(i,   r, kd, nc, c0, st, j, c) {
	r = rnd()
	kd = r < 0.3 ? "policy" : (r < 0.75 ? "procedure" : "standard")
	type[i] = kd
	count[kd]++
	topic[i] = TOPIC[1 + ri(NTOPIC)]
	id[i] = sprintf("%s-%04d", prefix[kd], count[kd])
	title[i] = topic[i] " " kindword[kd]
	path[i] = sprintf("%s/%02d/%s-%s.md", folder[kd], 1 + ri(nfolder[kd]), tolower(id[i]), slug(title[i]))
	owner[i] = OWNER[1 + ri(NOWNER)]
	nc = 1 + ri(3); c0 = ri(NCLAUSE); st = 1 + ri(NCLAUSE - 1)
	c = ""
	for (j = 0; j < nc; j++) c = c (j ? ", " : "") "\"" CLAUSE[1 + (c0 + j * st) % NCLAUSE] "\""
	clauses[i] = c
	ver[i] = 0
	sent[i] = ri(NREV)
	dseed[i] = 1 + ri(2147483645)
	link[i] = i == 0 ? 1 : ri(i)
}

# pick_docs(n): n distinct documents into PICK[1..n], none in LOCK (the
# documents of an open side branch). Half of the picks favour low numbers:
# some documents change far more often than others.
function pick_docs(n,   j, d, l, dup) {
	for (j = 1; j <= n; j++) {
		do {
			d = rnd() < 0.5 ? ri(D) : int(D * rnd() * rnd())
			dup = (d in LOCK)
			for (l = 1; l < j; l++) if (PICK[l] == d) dup = 1
		} while (dup)
		PICK[j] = d
	}
}

function nedits(  r) { r = rnd(); return r < 0.6 ? 1 : (r < 0.9 ? 2 : 3) }

function editor(  r) {
	r = rnd()
	return r < 0.35 ? SAM : (r < 0.55 ? PRIYA : (r < 0.75 ? LEE : (r < 0.9 ? MARIA : TOM)))
}

function ids(n,   j, s) { s = ""; for (j = 1; j <= n; j++) s = s (j > 1 ? ", " : "") id[PICK[j]]; return s }

# An edit of the documents in PICK[1..n] on REF; approved: Dana approves it.
function edit_commit(ref, n, approved, from,   who, msg, j, d) {
	for (j = 1; j <= n; j++) { d = PICK[j]; ver[d]++; sent[d] = ri(NREV) }
	who = editor()
	msg = sprintf(SUBJ[1 + ri(NSUBJ)], ids(n))
	if (rnd() < 0.5) msg = msg "\n\n" BODY[1 + ri(NBODY)]
	if (approved) msg = msg "\n\nApproved-by: " DANA
	else if (who == TOM && rnd() < 0.5) msg = msg "\n\nSigned-off-by: " TOM
	commit(ref, who, who, msg)
	if (from) printf "from :%d\n", from
	for (j = 1; j <= n; j++) put(path[PICK[j]], doc_text(PICK[j]))
	printf "\n"
}

function remember(n,   j) { for (j = 1; j <= n; j++) { RING[ringpos % 32] = PICK[j]; ringpos++ } }

# One commit on main: an edit, an approving edit, or an empty approval.
function main_commit(  r, n, j, d, msg, l, dup, size, at0, want) {
	r = rnd()
	if (r < 0.1 || (r < 0.2 && ringpos == 0)) {
		n = nedits(); pick_docs(n); edit_commit("refs/heads/main", n, 1, 0); remember(n)
	} else if (r < 0.2) {
		# Top management approves recently changed documents without
		# editing them: 1-3 distinct ones of the last 32 edited.
		want = nedits(); size = ringpos < 32 ? ringpos : 32; at0 = ri(size); n = 0
		for (j = 0; j < size && n < want; j++) {
			d = RING[(at0 + j) % size]
			dup = (d in LOCK)
			for (l = 1; l <= n; l++) if (PICK[l] == d) dup = 1
			if (!dup) PICK[++n] = d
		}
		if (n == 0) { n = 1; pick_docs(1) }
		msg = "Approve " ids(n) "\n\nApproved-by: " DANA
		for (j = 1; j <= n; j++) msg = msg "\nApproves: " path[PICK[j]]
		commit("refs/heads/main", DANA, DANA, msg)
		printf "\n"
	} else {
		n = nedits(); pick_docs(n); edit_commit("refs/heads/main", n, 0, 0); remember(n)
	}
}

BEGIN {
	seed = 42
	T0 = 1609459200                                  # 2021-01-01T00:00:00Z
	STEP = int((1793404800 - T0) / N)                # last commit before 2026-11-01
	DANA = "Dana Whitfield <dana@example.com>"
	SAM = "Sam Ortiz <sam@example.com>"
	PRIYA = "Priya Raman <priya@example.com>"
	LEE = "Lee Chen <lee@example.com>"
	MARIA = "Maria Gomez <maria@example.com>"
	TOM = "Tom Becker <tom@example.com>"

	prefix["policy"] = "POL"; folder["policy"] = "policies"; nfolder["policy"] = 10; kindword["policy"] = "Policy"
	prefix["procedure"] = "PRO"; folder["procedure"] = "procedures"; nfolder["procedure"] = 16; kindword["procedure"] = "Procedure"
	prefix["standard"] = "STD"; folder["standard"] = "standards"; nfolder["standard"] = 10; kindword["standard"] = "Standard"

	NTOPIC = split_list("Access Control|Acceptable Use|Asset Management|Backup|Business Continuity|Change Management|Clear Desk|Cloud Services|Cryptography|Data Classification|Data Retention|Incident Response|Information Security|Logging and Monitoring|Malware Protection|Mobile Device|Network Security|Password|Patch Management|Physical Security|Remote Working|Risk Management|Secure Development|Supplier Security|Vulnerability Management|Key Management|Email Security|Privileged Access|Security Awareness|Media Handling", TOPIC)
	NOWNER = split_list("ISMS Lead|IT Manager|Head of Operations|HR Manager|Security Engineer", OWNER)
	NCLAUSE = split_list("5.2|5.3|7.5.1|A.5.1|A.5.9|A.5.15|A.5.24|A.6.3|A.8.13|A.8.15|A.8.24", CLAUSE)
	NRESP = split_list("keeps this document current|reviews exceptions every quarter|reports deviations to the ISMS Lead|trains new staff on it|checks compliance during internal audits|maintains the evidence of its operation", RESP)
	NSENT = split_list("This document sets the rules for %T across the organisation." \
		"|It applies to every employee, contractor and supplier who handles company information." \
		"|The owner reviews the %T arrangements at least once a year and after every significant change." \
		"|Exceptions are requested in writing, approved by the ISMS Lead and recorded in the exceptions register." \
		"|Controls for %T are chosen on the basis of the risk assessment." \
		"|Where a legal or contractual requirement is stricter than this document, the stricter rule applies." \
		"|Staff receive guidance on %T during onboarding and in the annual awareness training." \
		"|Non-compliance is reported to the ISMS Lead and handled through the incident process." \
		"|Records that show the operation of %T are kept for at least three years." \
		"|Suppliers are bound to equivalent %T requirements by contract." \
		"|The effectiveness of these measures is measured and reported to top management." \
		"|Changes to %T follow the change management procedure." \
		"|Responsibilities are assigned so that no single person can both perform and approve a critical task." \
		"|Automated checks are preferred to manual ones wherever the tooling allows it." \
		"|The measures described here support the objectives of the information security policy." \
		"|Each team lead confirms twice a year that the %T rules are followed in their area.", SENT)
	NREV = split_list("clarifies who approves exceptions." \
		"|aligns the wording with the current organisation chart." \
		"|adds the requirements found in the last internal audit." \
		"|shortens the review period for high-risk systems." \
		"|updates the references to the supplier register." \
		"|replaces the retired ticketing system with the service desk." \
		"|records the outcome of the annual review; no change of substance." \
		"|adds the cloud services in use since the last review.", REV)
	NSUBJ = split_list("Update %s|Clarify exceptions in %s|Revise %s after the internal audit|Align %s with the organisation chart|Fix wording in %s|Annual review of %s|Add audit findings to %s", SUBJ)
	NBODY = split_list("Discussed in the weekly ISMS meeting.|Follows up the findings of the internal audit.|Requested by the document owner.|Editorial changes only apart from the revision note.", BODY)

	print "feature done"

	# The repository set-up.
	cfg = "# clauselint configuration of the benchmark repository.\nframework: ISO27001:2022\npeople: people.yml\n" \
		"exclude: [\"README.md\"]\ngoverned: [\"policies/**\", \"procedures/**\", \"standards/**\"]\n" \
		"review_interval: 12 months\ntop_management_roles: [CEO, Managing Director]\n"
	ppl = "people:\n  - name: Dana Whitfield\n    email: dana@example.com\n    roles: [CEO]\n    since: 2019-04-01\n" \
		"  - name: Sam Ortiz\n    email: [sam@example.com, sam.ortiz@example.com]\n    roles: [ISMS Lead, IT Manager]\n" \
		"  - name: Priya Raman\n    email: priya@example.com\n    roles: [Head of Operations]\n" \
		"  - name: Lee Chen\n    email: lee@example.com\n    roles: [Security Engineer]\n" \
		"  - name: Maria Gomez\n    email: maria@example.com\n    roles: [HR Manager]\n" \
		"  - name: Tom Becker\n    email: tom@example.com\n    roles: [Developer]\n"
	readme = "# ISMS documents\n\nThe policies, procedures and standards of the information security management system.\n" \
		"Every change is approved by the CEO with an `Approved-by:` trailer.\n"
	commit("refs/heads/main", SAM, SAM, "Set up the ISMS repository")
	put("README.md", readme); put(".clauselint.yml", cfg); put("people.yml", ppl)
	printf "\n"

	# The documents, created in batches.
	for (b = 0; b < D; b += BATCH) {
		e = b + BATCH < D ? b + BATCH : D
		for (i = b; i < e; i++) new_doc(i)
		commit("refs/heads/main", SAM, SAM, sprintf("Import documents %d to %d from the document management system", b + 1, e))
		for (i = b; i < e; i++) put(path[i], doc_text(i))
		printf "\n"
	}

	# Edits and approvals, with six short side branches merged back.
	NMERGE = 6
	first = k
	for (m = 1; m <= NMERGE; m++) at[m] = first + int((N - first) * m / (NMERGE + 1))
	nextm = 1; open = 0
	while (k < N) {
		if (open) {
			if (sideleft > 0 && (turn++ % 2 == 0 || N - k <= sideleft + 1)) {
				# A side commit: edits of the side documents only.
				n = 1 + ri(2); if (n > nside) n = nside
				j0 = ri(nside)
				for (j = 1; j <= n; j++) PICK[j] = SIDE[1 + (j0 + j) % nside]
				edit_commit("refs/heads/review", n, rnd() < 0.2, sidefirst ? fork : 0)
				sidefirst = 0; sidetip = k; sideleft--
				for (j = 1; j <= n; j++) CHANGED[PICK[j]] = 1
			} else if (sideleft == 0) {
				commit("refs/heads/main", SAM, SAM, sprintf("Merge branch \047review\047 (%s)", sidename))
				printf "merge :%d\n", sidetip
				for (j = 1; j <= nside; j++) if (SIDE[j] in CHANGED) put(path[SIDE[j]], doc_text(SIDE[j]))
				printf "\n"
				open = 0
				for (d in LOCK) delete LOCK[d]
				for (d in CHANGED) delete CHANGED[d]
			} else {
				main_commit()
			}
		} else if (nextm <= NMERGE && k >= at[nextm] && N - k >= 12) {
			# Open a side branch at the main tip: 2-3 documents, 2-4 commits.
			nextm++; open = 1; fork = k; sidefirst = 1; turn = 0
			sideleft = 2 + ri(3)
			nside = 2 + ri(2); pick_docs(nside)
			for (j = 1; j <= nside; j++) { SIDE[j] = PICK[j]; LOCK[PICK[j]] = 1 }
			sidename = ids(nside)
		} else {
			main_commit()
		}
	}
	print "done"
}' || echo "awk failed: $?" >"$status"
} | GLIBC_TUNABLES=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.trim_threshold=268435456 \
	git -C "$dir" fast-import --quiet
if [ -s "$status" ]; then
	cat "$status" >&2
	exit 1
fi

# The side branch is merged: delete it, as one does. Then pack as a real
# repository is packed: fast-import's own pack is about as small (29.4
# against 29.3 MiB) but has longer delta chains, and `git log --raw` over
# it took 1.6 s against 1.1 s repacked. Then check the work tree out.
git -C "$dir" update-ref -d refs/heads/review
git -C "$dir" repack -adq
git -C "$dir" reset --hard -q
# Not `git gc`: no commit-graph (libgit2 1.5 can't read git 2.39's, and
# it would speed up only the `git log` baseline), no reflogs to expire.

git -C "$dir" rev-parse HEAD >"$dir/.git/clauselint-bench"
rm -f "$dir/.git/clauselint-bench.partial"
end=$(date +%s)
echo "bench repository: $dir"
echo "  $(git -C "$dir" rev-list --count HEAD) commits," \
	"$(git -C "$dir" ls-files | wc -l | tr -d ' ') files," \
	"pack $(du -sk "$dir/.git/objects/pack" | cut -f1) KiB," \
	"HEAD $(cat "$dir/.git/clauselint-bench"), $((end - start)) s"
