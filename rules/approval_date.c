/*
 * approval_date.c: approval-date-mismatch.
 *
 * Clause 5.2 asks for a policy approved by top management, and readers
 * take the approval date written on a document at its word: a front
 * matter that claims an approval the history doesn't show is the finding
 * this rule prevents.
 */
#include "rules.h"

static const cl_rule approval_date_mismatch = {
        "approval-date-mismatch",
        CL_SEV_ERROR,
        "5.2",
        "the front matter `approved` date matches no approval of this content",
        "What it checks: when a document's front matter says `approved: YYYY-MM-DD`,\n"
        "some approval of its present content was committed on that day (the committer's\n"
        "date, in the committer's time zone).\n\n"
        "Why: clause 5.2 asks for a policy approved by top management, and readers and\n"
        "auditors take the approval date written on the document at its word. A date\n"
        "copied from the previous version, or written before the approval happened,\n"
        "claims an approval the record doesn't show.\n\n"
        "Passing example: `approved` is the day the approval commit was committed:\n\n"
        "    $ git show -s --format='%h %cs %s' 4f2a9c1\n"
        "    4f2a9c1 2026-03-02 Approve POL-001 1.1\n"
        "    $ grep '^approved:' policies/information-security-policy.md\n"
        "    approved: 2026-03-02\n\n"
        "How to fix: set `approved` to the date of the approval the finding names, or\n"
        "remove the key and let `clauselint status` report the date from git.\n",
        CL_TAG_APPROVAL_STATE | CL_TAG_APPROVAL,
};

static void check_date(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *v = cl_document_field(doc, "approved");
	const cl_doc_history *h = doc->history;
	const char *text = cl_yaml_text(v);
	char newest[11], in[8];
	cl_date claimed;

	/* An unverified approval's date is approval-unverified's to report. */
	if (!text || cl_date_parse(&claimed, text) < 0 || (!h->approval_count && h->unverified_count))
		return;
	for (size_t i = 0; i < h->approval_count; i++)
		if (cl_date_days(h->approvals[i]->date) == cl_date_days(claimed))
			return;
	if (!h->approval_count) {
		cl_fire(lint, &approval_date_mismatch, doc, v->line, v->column,
		        "'approved: %s' but the history holds no approval of this content: remove the date, or have the content approved",
		        text);
		return;
	}
	cl_date_format(newest, h->approvals[0]->date);
	cl_short_commit(in, h->approvals[0]->commit);
	cl_fire(lint, &approval_date_mismatch, doc, v->line, v->column,
	        "'approved: %s' matches no approval of this content; it was approved on %s (%s): correct the date",
	        text, newest, in);
}

static void check_approval_dates(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (cl_needs_approval(doc))
			check_date(lint, doc);
	}
}

const cl_rule_group cl_group_approval_date = CL_RULE_GROUP(check_approval_dates, &approval_date_mismatch);
