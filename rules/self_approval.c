/*
 * self_approval.c: self-approval.
 *
 * Control A.5.3 asks that conflicting duties be segregated: an author
 * approving their own change is a change nobody checked, the finding this
 * rule prevents.
 */
#include "rules.h"

static const cl_rule self_approval = {
        "self-approval",
        CL_SEV_WARNING,
        "A.5.3",
        "the approver is also the author of the approved change",
        "What it checks: the approval of a document's current content is not made by\n"
        "the author of the change that made it alone: at least one approver is someone\n"
        "else.\n\n"
        "Why: control A.5.3 asks that conflicting duties be segregated: the one who\n"
        "writes a policy change should not be the only one who approves it. To an\n"
        "auditor, a change signed off only by its author is a change nobody checked.\n\n"
        "Passing example: Sam commits his edit; Dana approves it in a commit of her own:\n\n"
        "    git commit -am \"POL-002 1.1: quarterly access reviews\"\n"
        "    git commit --allow-empty -m \"Approve POL-002 1.1\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: policies/access-control-policy.md\"\n\n"
        "How to fix: have someone else who holds the approver role approve it, or add a\n"
        "second approver to the approval.\n",
        CL_TAG_APPROVAL,
};

/* Duties are segregated when someone other than the author approved:
 * only an approval by the author alone is a self-approval. */
static void check_self(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	const cl_doc_history *h = doc->history;
	char in[8], changed_in[8];

	if (!h->has_change || h->uncommitted || !a->approver_count)
		return;
	for (size_t i = 0; i < a->approver_count; i++)
		if (!cl_same_person(&a->approvers[i], &h->change.author))
			return;
	cl_short_commit(in, a->commit);
	cl_short_commit(changed_in, h->change.commit);
	cl_fire(lint, &self_approval, doc, 1, 1,
	        "%s approved (%s) the change they made themselves (%s \"%s\"): have someone else who holds the approver role approve it",
	        a->approvers[0].person ? a->approvers[0].person->name : a->approvers[0].name, in, changed_in,
	        h->change.subject);
}

static void check_self_approvals(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const cl_approval *a = cl_needs_approval(doc) ? cl_current_approval(doc) : NULL;

		if (a)
			check_self(lint, doc, a);
	}
}

const cl_rule_group cl_group_self_approval = CL_RULE_GROUP(check_self_approvals, &self_approval);
