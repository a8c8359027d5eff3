/*
 * lifecycle.c: withdrawal-unapproved.
 *
 * Clauses 5.2 and 7.5.3: the policy in force is the one top management
 * approved, and documented information is withdrawn under control. A
 * policy deleted, moved where nothing is read, renamed out of Markdown,
 * or marked retired or draft by a change nobody approved has left force
 * as surely as an edit would have changed it (model/lifecycle.h).
 */
#include "rules.h"

#include <stdlib.h>

static const cl_rule withdrawal_unapproved = {
        "withdrawal-unapproved",
        CL_SEV_ERROR,
        "5.2, 7.5.3",
        "a document in force left it (removed, moved, retired, made a draft or a record) without approval",
        "What it checks: a document whose version in force (its last version approved by\n"
        "the right person) was active and approved is still one at the linted revision,\n"
        "or its leaving was approved. It leaves when it is deleted, moved where nothing\n"
        "is read (an excluded folder, a name that isn't Markdown), or changed to\n"
        "`status: retired` or `draft`, to a type that isn't approved, or to no type.\n"
        "That change is approved by whoever the version in force required: an\n"
        "`Approved-by` on the commit that made it, or an approval commit with a\n"
        "`Withdraws: PATH` trailer naming the path (docs/approvals.md).\n\n"
        "Why: clause 5.2 asks for the policy top management established, and 7.5.3\n"
        "that documented information be controlled through its changes and its\n"
        "disposal. A policy that vanished, or that a commit quietly marked retired,\n"
        "is a policy nobody in authority withdrew; to an auditor it is still in force\n"
        "and unfollowed, or its removal is an unapproved change.\n\n"
        "Passing example: the CEO approves retiring the old access policy:\n\n"
        "    git rm policies/access-control-2019.md\n"
        "    git commit -m \"Retire POL-007\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\"\n\n"
        "or, after the removal was committed by someone else:\n\n"
        "    git commit --allow-empty -m \"Withdraw POL-007 2.0\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Withdraws: policies/access-control-2019.md\"\n\n"
        "How to fix: have the approver the version in force named approve the\n"
        "withdrawal with the command the finding gives, or undo the change.\n",
        CL_TAG_APPROVAL | CL_TAG_APPROVAL_STATE,
};

/* "POL-002 1.0, approved on 2026-03-02 (1a2b3c4) and in force," */
static void describe_in_force(cl_buf *out, const cl_document *version, const char *commit, cl_date day)
{
	const char *v = cl_yaml_text(cl_document_field(version, "version"));
	char in[8], on[11];

	cl_short_commit(in, commit);
	cl_date_format(on, day);
	cl_buf_printf(out, "%s%s%s, approved on %s (%s) and in force,",
	              version->id ? version->id : "the document", v ? " " : "", v ? v : "", on, in);
}

static void report_lost(cl_lint *lint, const cl_lost_document *lost)
{
	cl_buf was = CL_BUF_INIT, cmd = CL_BUF_INIT;
	char *who = cl_required_approver(lint, lost->version);
	char in[8], on[11];

	describe_in_force(&was, lost->version, lost->approval->commit, lost->approval->date);
	cl_withdraw_command(&cmd, lint, lost->version, lost->path);
	if (lost->uncommitted) {
		cl_fire_at(
		        lint, &withdrawal_unapproved, lost->path, lost->staged_change,
		        "%s is removed by changes not committed yet: once committed, have %s approve its withdrawal: %s",
		        was.ptr, who, cmd.ptr);
	} else if (lost->has_removal) {
		cl_short_commit(in, lost->removal.commit);
		cl_date_format(on, lost->removal.date);
		cl_fire_at(
		        lint, &withdrawal_unapproved, lost->path, 0,
		        "%s was removed in %s \"%s\" by %s <%s> on %s, and nobody it requires approved that: have %s approve its withdrawal, or restore it: %s",
		        was.ptr, in, lost->removal.subject, lost->removal.author.name,
		        lost->removal.author.email, on, who, cmd.ptr);
	} else {
		cl_fire_at(
		        lint, &withdrawal_unapproved, lost->path, 0,
		        "%s is no document of this revision, and nobody it requires approved that: have %s approve its withdrawal, or restore it: %s",
		        was.ptr, who, cmd.ptr);
	}
	free(who);
	cl_buf_free(&was);
	cl_buf_free(&cmd);
}

/* What the document is now that its approval isn't judged. */
static const char *state_of(const cl_document *doc)
{
	if (doc->status == CL_STATUS_RETIRED)
		return "retired (status: retired)";
	if (doc->status == CL_STATUS_DRAFT)
		return "a draft (status: draft)";
	if (doc->front_matter_error || doc->unreadable)
		return "unreadable as a document (its front matter is invalid)";
	if (doc->skipped == CL_SKIP_OTHER_TYPE)
		return "no longer governed (its type is none of clauselint's)";
	if (doc->skipped == CL_SKIP_NO_FRONT_MATTER)
		return "no longer governed (it has no front matter)";
	if (doc->skipped && doc->skipped != CL_SKIP_NO_TYPE)
		return "no longer governed (it can't be read as a document)";
	if (!doc->governed)
		return "no longer governed (it has no type)";
	return "of a type that isn't approved, naming no approver";
}

static void report_left(cl_lint *lint, const cl_document *doc)
{
	cl_buf was = CL_BUF_INIT, cmd = CL_BUF_INIT;
	char *who = cl_required_approver(lint, doc);
	const cl_doc_history *h = doc->history;
	char in[8];

	describe_in_force(&was, doc->prior, doc->prior_commit, doc->prior_date);
	cl_approve_command(&cmd, lint, doc);
	if (h->has_change && !h->uncommitted) {
		cl_short_commit(in, h->change.commit);
		cl_fire(lint, &withdrawal_unapproved, doc, 1, 1,
		        "%s is now %s, since %s \"%s\" by %s <%s>, and nobody it requires approved that: have %s approve it: %s",
		        was.ptr, state_of(doc), in, h->change.subject, h->change.author.name,
		        h->change.author.email, who, cmd.ptr);
	} else {
		cl_fire(lint, &withdrawal_unapproved, doc, 1, 1,
		        "%s is now %s by changes not committed yet: once committed, have %s approve it: %s",
		        was.ptr, state_of(doc), who, cmd.ptr);
	}
	free(who);
	cl_buf_free(&was);
	cl_buf_free(&cmd);
}

static void check_lifecycle(cl_lint *lint)
{
	for (size_t i = 0; i < lint->lost_count; i++)
		report_lost(lint, &lint->lost[i]);
	for (size_t i = 0; i < lint->document_count; i++)
		if (cl_left_without_approval(lint->config, lint->documents[i]))
			report_left(lint, lint->documents[i]);
}

const cl_rule_group cl_group_lifecycle = CL_RULE_GROUP(check_lifecycle, &withdrawal_unapproved);
