/*
 * review.c: review-overdue, review-due-soon.
 *
 * Clause 5.2 (with 7.5.2 and 9.3): the policy is kept current, reviewed
 * at planned intervals, at least once a year and after significant
 * change. An auditor looks at the date of the last approval of the
 * version in force; one older than the interval is a finding.
 */
#include "rules.h"

static const cl_rule review_overdue = {
        "review-overdue",
        CL_SEV_ERROR,
        "5.2",
        "the last approval of the current content is older than its review interval",
        "What it checks: the newest approval of a document's current content is no older\n"
        "than its review interval: `review_interval` in its front matter, else the\n"
        "configuration's (12 months by default). Today is the day clauselint runs, or\n"
        "--now.\n\n"
        "Why: clause 5.2 asks for a policy that stays appropriate, and auditors expect\n"
        "every policy reviewed and re-approved at least once a year. An approval older\n"
        "than that shows a policy nobody has looked at.\n\n"
        "Passing example: last approved on 2026-03-02, this passes up to 2026-09-02:\n\n"
        "    ---\n"
        "    id: PRO-004\n"
        "    title: Incident Response Procedure\n"
        "    type: procedure\n"
        "    owner: ISMS Lead\n"
        "    version: \"2.1\"\n"
        "    approver: ISMS Lead\n"
        "    review_interval: 6 months\n"
        "    ---\n\n"
        "How to fix: review the document, update it if needed, and have the approver\n"
        "approve it again (an empty commit with an Approves: trailer when nothing\n"
        "changed).\n",
        CL_TAG_APPROVAL_STATE | CL_TAG_APPROVAL,
};

static const cl_rule review_due_soon = {
        "review-due-soon",
        CL_SEV_NOTE,
        "5.2",
        "the review falls due within `due_soon`",
        "What it checks: the review of a document falls due within `due_soon` (30 days\n"
        "by default) of today.\n\n"
        "Why: clause 5.2 asks that the policy be reviewed at planned intervals, and an\n"
        "auditor treats a review that slipped past its date as a finding (see\n"
        "review-overdue). This note comes early enough to book the review, and the\n"
        "approver's time, before that happens.\n\n"
        "Passing example: last approved on 2026-03-02, this is quiet up to 2027-01-30:\n\n"
        "    ---\n"
        "    id: POL-001\n"
        "    title: Information Security Policy\n"
        "    type: policy\n"
        "    owner: ISMS Lead\n"
        "    version: \"1.0\"\n"
        "    approver: CEO\n"
        "    review_interval: 12 months\n"
        "    ---\n\n"
        "How to fix: schedule the review and the approval; approving the content again\n"
        "(unchanged, with an empty commit) restarts the interval from that day.\n",
        CL_TAG_APPROVAL_STATE,
};

static void check_review(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const cl_approval *a = cl_needs_approval(doc) ? cl_current_approval(doc) : NULL;
		char approved[11], due_text[11];
		cl_date due;
		long days_left;

		if (!a)
			continue;
		due = cl_date_add(a->date, cl_review_interval(lint->config, doc));
		days_left = cl_date_days(due) - cl_date_days(lint->today);
		cl_date_format(approved, a->date);
		cl_date_format(due_text, due);
		if (days_left < 0)
			cl_fire(lint, &review_overdue, doc, cl_document_field_line(doc, "review_interval"), 1,
			        "last approved on %s, so its review was due on %s (%ld day%s ago): review it and have it approved again",
			        approved, due_text, -days_left, days_left == -1 ? "" : "s");
		else if (days_left == 0)
			cl_fire(lint, &review_due_soon, doc, cl_document_field_line(doc, "review_interval"),
			        1, "last approved on %s, its review falls due today, %s", approved, due_text);
		else if (cl_date_days(cl_date_add(lint->today, lint->config->due_soon)) >= cl_date_days(due))
			cl_fire(lint, &review_due_soon, doc, cl_document_field_line(doc, "review_interval"),
			        1, "last approved on %s, its review falls due on %s, in %ld day%s", approved,
			        due_text, days_left, days_left == 1 ? "" : "s");
	}
}

const cl_rule_group cl_group_review = CL_RULE_GROUP(check_review, &review_overdue, &review_due_soon);
