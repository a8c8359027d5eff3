/*
 * approval.c: history-shallow, approval-missing, approval-stale.
 *
 * Clause 5.2 asks for a policy approved by top management, and an
 * auditor checks that the version in force is the version approved: a
 * policy edited after sign-off is the finding these rules prevent.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const cl_rule history_shallow = {
        "history-shallow",
        CL_SEV_ERROR,
        NULL,
        "the repository is a shallow clone",
        "What it checks: the repository has its whole history.\n\n"
        "Why: approvals are commits. A shallow clone (what CI systems check out by\n"
        "default) stops at its newest commits, so every older approval would look\n"
        "missing, and clauselint would have to guess. It doesn't: it reports this\n"
        "instead, and no approval rule runs. The history is the record of who signed\n"
        "what and when; a check that can't see it proves nothing to an auditor.\n\n"
        "Passing example: a full clone, which git confirms is not shallow:\n\n"
        "    $ git rev-parse --is-shallow-repository\n"
        "    false\n\n"
        "How to fix: fetch the whole history. GitHub Actions: `fetch-depth: 0` on\n"
        "actions/checkout. GitLab CI: `variables: { GIT_DEPTH: 0 }`. Locally:\n"
        "`git fetch --unshallow`.\n",
        CL_TAG_REPOSITORY | CL_TAG_APPROVAL,
};

static const cl_rule approval_missing = {
        "approval-missing",
        CL_SEV_ERROR,
        "5.1, 5.2",
        "an active governed document has never been approved",
        "What it checks: every active policy, procedure, standard, statement and roles\n"
        "document (and any document that names an `approver`) has been approved: some\n"
        "commit in the history carries an `Approved-by: Name <email>` trailer and either\n"
        "changes the document to its present content or names it in an `Approves: path`\n"
        "trailer. Documents with `status: draft` are exempt.\n\n"
        "Why: clause 5.2 asks that the information security policy be established by\n"
        "top management, and clause 5.1 that top management direct the ISMS. A policy\n"
        "nobody approved is a draft in force: the first thing an auditor asks for is the\n"
        "signed version.\n\n"
        "Passing example: the CEO approves without editing:\n\n"
        "    git commit --allow-empty -m \"Approve POL-001 1.0\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: policies/information-security-policy.md\"\n\n"
        "How to fix: have the person who holds the document's `approver` role make that\n"
        "commit (the finding gives the exact command), or mark the document\n"
        "`status: draft` until it is ready.\n",
        CL_TAG_APPROVAL_STATE | CL_TAG_APPROVAL,
};

static const cl_rule approval_stale = {
        "approval-stale",
        CL_SEV_ERROR,
        "5.2",
        "the content changed since its last approval",
        "What it checks: the content of an approved document is exactly the content that\n"
        "was approved. An approval is of the document's bytes (its git blob): a change of\n"
        "a single byte afterwards makes it stale. Renames and merges keep an approval;\n"
        "edits don't.\n\n"
        "Why: clause 5.2 asks for an approved policy, and an auditor compares the version\n"
        "in force with the version signed. Edits after sign-off, however small, are the\n"
        "classic finding: the approval no longer covers what people are asked to follow.\n\n"
        "Passing example: the edit is committed, then approved as it now stands:\n\n"
        "    git commit -am \"POL-001 1.1: add remote working\"\n"
        "    git commit --allow-empty -m \"Approve POL-001 1.1\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: policies/information-security-policy.md\"\n\n"
        "How to fix: have the approver approve the new content (the finding names the\n"
        "change and gives the command), or revert the change.\n",
        CL_TAG_APPROVAL_STATE | CL_TAG_APPROVAL,
};

/* The content is a version approved once, then superseded by a later
 * approval of other content: restoring its bytes restores no approval. */
static void report_superseded(cl_lint *lint, const cl_document *doc, const char *cmd)
{
	const cl_approval *old = doc->history->approvals[0], *later = cl_superseding_approval(doc);
	char old_in[8], later_in[8], old_day[11], later_day[11];

	cl_short_commit(old_in, old->commit);
	cl_short_commit(later_in, later->commit);
	cl_date_format(old_day, old->date);
	cl_date_format(later_day, later->date);
	cl_fire(lint, &approval_stale, doc, 1, 1,
	        "its content is the version approved on %s (%s), but a later approval, on %s (%s), approved other content: an older version doesn't come back into force by having its text restored; have it approved again: %s",
	        old_day, old_in, later_day, later_in, cmd);
}

static void check_missing_or_stale(cl_lint *lint, const cl_document *doc)
{
	const cl_doc_history *h = doc->history;
	cl_buf cmd = CL_BUF_INIT;
	char approved_in[8], changed_in[8], date[11], change_date[11];

	/* Approvals set aside as unverified are approval-unverified's. */
	if ((h->approval_count && !cl_superseding_approval(doc)) ||
	    (!h->approval_count && h->unverified_count))
		return;
	cl_approve_command(&cmd, lint, doc);
	if (h->approval_count) {
		report_superseded(lint, doc, cmd.ptr);
		cl_buf_free(&cmd);
		return;
	}
	if (!h->earlier) {
		char *who = cl_required_approver(lint, doc);

		cl_fire(lint, &approval_missing, doc, cl_document_field_line(doc, "approver"), 1,
		        "%s has never been approved: have %s approve it: %s", doc->id ? doc->id : doc->path,
		        who, cmd.ptr);
		free(who);
		cl_buf_free(&cmd);
		return;
	}
	cl_short_commit(approved_in, h->earlier->commit);
	cl_date_format(date, h->earlier->date);
	if (h->uncommitted)
		cl_fire(lint, &approval_stale, doc, 1, 1,
		        "changed since its approval on %s (%s) by changes not committed yet; once committed, have it approved again: %s",
		        date, approved_in, cmd.ptr);
	else if (h->has_change) {
		cl_short_commit(changed_in, h->change.commit);
		cl_date_format(change_date, h->change.date);
		cl_fire(lint, &approval_stale, doc, 1, 1,
		        "changed since its approval on %s (%s): %s \"%s\" by %s <%s> on %s; have it approved again: %s",
		        date, approved_in, changed_in, h->change.subject, h->change.author.name,
		        h->change.author.email, change_date, cmd.ptr);
	}
	cl_buf_free(&cmd);
}

static void check_history_shallow(cl_lint *lint)
{
	if (!lint->shallow)
		return;
	cl_fire(lint, &history_shallow, NULL, 1, 1,
	        "the repository is a shallow clone, so approvals in its history can't be established: fetch the whole history (GitHub Actions: 'fetch-depth: 0' on actions/checkout; GitLab CI: 'GIT_DEPTH: 0'; locally: git fetch --unshallow)");
}

static void check_approval(cl_lint *lint)
{
	check_history_shallow(lint);
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (cl_needs_approval(doc))
			check_missing_or_stale(lint, doc);
	}
}

const cl_rule_group cl_group_approval =
        CL_RULE_GROUP(check_approval, &history_shallow, &approval_missing, &approval_stale);
