/*
 * oversized.c: approval-oversized.
 *
 * An approval names a few people and a few documents. A commit with
 * thousands of trailers is refused as an approval whole (history.h,
 * CL_MAX_APPROVERS and CL_MAX_APPROVES): reading it would cost seconds,
 * and nobody signs for that much. What it meant to approve stays
 * unapproved, which its own findings say; this one says why.
 */
#include "rules.h"

static const cl_rule approval_oversized = {
        "approval-oversized",
        CL_SEV_WARNING,
        "5.3",
        "a commit carries more approval trailers than an approval is read with, and approves nothing",
        "What it checks: no commit of the history carries more than 64 `Approved-by`\n"
        "trailers, or more than 1024 `Approves:` and `Withdraws:` trailers together.\n"
        "A commit that does is not read as an approval at all: the documents it names\n"
        "stay unapproved.\n\n"
        "Why: an approval is a named person's decision on named documents (clause\n"
        "5.3). A commit naming hundreds of approvers or thousands of paths is no\n"
        "decision anyone can account for, and reading it would slow every run.\n\n"
        "Passing example: one approval per decision:\n\n"
        "    git commit --allow-empty -m \"Approve POL-001 1.3 and POL-002 2.0\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: policies/information-security-policy.md\" \\\n"
        "      --trailer \"Approves: policies/access-control.md\"\n\n"
        "How to fix: approve the documents in commits of a readable size.\n",
        CL_TAG_REPOSITORY | CL_TAG_APPROVAL,
};

static void check_oversized(cl_lint *lint)
{
	for (size_t i = 0; i < lint->refused_count; i++) {
		const cl_refused_approval *r = &lint->refused[i];
		char in[8];

		cl_short_commit(in, r->commit);
		cl_fire(lint, &approval_oversized, NULL, 1, 1,
		        "commit %s carries %zu Approved-by and %zu Approves: or Withdraws: trailers, more than an approval is read with (%d and %d): it approves nothing; approve the documents in commits of a readable size",
		        in, r->approvers, r->approves, CL_MAX_APPROVERS, CL_MAX_APPROVES);
	}
}

const cl_rule_group cl_group_oversized = CL_RULE_GROUP(check_oversized, &approval_oversized);
