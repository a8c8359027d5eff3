/*
 * approvers.c: approver-not-top-management, approver-role-mismatch,
 * approver-unknown, approver-departed.
 *
 * Clauses 5.1 to 5.3: the right person approved. The most common audit
 * finding on clause 5.2 is a policy signed by IT instead of top
 * management; close behind, a policy signed years ago by someone who has
 * since left.
 */
#include "rules.h"

#include <string.h>

static const cl_rule approver_not_top_management = {
        "approver-not-top-management",
        CL_SEV_ERROR,
        "5.1, 5.2",
        "the information security policy or the management statement is approved by nobody in top management",
        "What it checks: the approval of the information security policy (the policy\n"
        "that claims clause 5.2) and of the management statement (type `statement`) is\n"
        "made by someone who holds a top-management role (`top_management_roles` in\n"
        ".clauselint.yml, matched against the roles in the people registry).\n\n"
        "Why: clause 5.2 asks that top management establish the policy, and clause 5.1\n"
        "that it show leadership of the ISMS; control A.5.4 asks for a statement signed\n"
        "by senior management. A policy signed by the IT manager is the single most\n"
        "common finding on clause 5: accountability can be delegated by nobody.\n\n"
        "Passing example: the policy's Approved-by names Dana, whose people.yml entry is:\n\n"
        "    - name: Dana Whitfield\n"
        "      email: dana@example.com\n"
        "      roles: [CEO]    # CEO is in top_management_roles by default\n\n"
        "How to fix: have the CEO (or whoever holds a top-management role) approve the\n"
        "current content.\n",
        CL_TAG_APPROVAL,
};

static const cl_rule approver_role_mismatch = {
        "approver-role-mismatch",
        CL_SEV_ERROR,
        "5.3",
        "no approver holds the role named by `approver` (nor is top management)",
        "What it checks: someone who approved the document's current content holds the\n"
        "role its front matter names in `approver`, or a top-management role.\n\n"
        "Why: clause 5.3 asks that responsibilities and authorities be assigned. A\n"
        "document that says the CEO approves it, approved by someone else, shows the\n"
        "assignment isn't followed, and an auditor who checks who signed against who\n"
        "was meant to sees exactly that.\n\n"
        "Passing example: `approver: ISMS Lead`, approved by Sam, listed in people.yml:\n\n"
        "    - name: Sam Ortiz\n"
        "      email: sam@example.com\n"
        "      roles: [IT Manager, ISMS Lead]\n\n"
        "How to fix: have the holder of the role approve it, or, if the authority has\n"
        "really moved, change `approver` (which itself needs approval).\n",
        CL_TAG_APPROVAL,
};

static const cl_rule approver_unknown = {
        "approver-unknown",
        CL_SEV_ERROR,
        "5.3",
        "an approving identity is not in the people registry",
        "What it checks: every identity in the Approved-by trailers of a document's\n"
        "current approval is in the people registry (people.yml), matched by e-mail,\n"
        "case-insensitively, after the repository's .mailmap.\n\n"
        "Why: an approval counts only if the approver's authority can be traced to a\n"
        "named role (clause 5.3). An e-mail nobody can map to a person and a role is\n"
        "text anyone could have typed, and an auditor will not accept it as a signature.\n\n"
        "Passing example: approved by `Sam Ortiz <s.ortiz@example.com>`, listed as:\n\n"
        "    - name: Sam Ortiz\n"
        "      email: [sam@example.com, s.ortiz@example.com]\n"
        "      roles: [IT Manager, ISMS Lead]\n\n"
        "How to fix: add the person, with that e-mail and their roles, to people.yml;\n"
        "or, for a second address of a known person, add it to their `email` list or to\n"
        ".mailmap.\n",
        CL_TAG_APPROVAL,
};

static const cl_rule approver_departed = {
        "approver-departed",
        CL_SEV_WARNING,
        "5.1",
        "the approver has left (`until` in the past); error if they had left before approving",
        "What it checks: the people who approved a document's current content are still\n"
        "with the organisation (their `until` date in people.yml is not past). If they\n"
        "had already left when the approval was made, it is an error.\n\n"
        "Why: clause 5.1 asks that top management show leadership now. A policy whose\n"
        "only approval is by someone who has left is owned by nobody, a common audit\n"
        "finding; an approval made after leaving is not an approval at all.\n\n"
        "Passing example: Alex has left; the current content was approved by Dana:\n\n"
        "    - name: Alex Moreau\n"
        "      email: alex@example.com\n"
        "      roles: [CEO]\n"
        "      until: 2025-12-31\n"
        "    - name: Dana Whitfield\n"
        "      email: dana@example.com\n"
        "      roles: [CEO]\n"
        "      since: 2026-01-01\n\n"
        "How to fix: have the current holder of the approver role approve the document.\n",
        CL_TAG_APPROVAL,
};

static int any_top_management(const cl_lint *lint, const cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++)
		if (cl_is_top_management(lint->config, a->approvers[i].person))
			return 1;
	return 0;
}

static void describe_approvers(cl_buf *out, const cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		cl_buf_printf(out, "%s%s", i ? ", " : "", p ? p->name : a->approvers[i].name);
		if (!p || !p->roles.count)
			continue;
		cl_buf_puts(out, " (");
		for (size_t r = 0; r < p->roles.count; r++)
			cl_buf_printf(out, "%s%s", r ? ", " : "", p->roles.items[r]);
		cl_buf_putc(out, ')');
	}
}

static void check_top_management(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	cl_buf who = CL_BUF_INIT;
	char in[8];

	if (!(cl_is_security_policy(doc) || doc->type == CL_TYPE_STATEMENT) || any_top_management(lint, a))
		return;
	describe_approvers(&who, a);
	cl_short_commit(in, a->commit);
	cl_fire(lint, &approver_not_top_management, doc, cl_document_field_line(doc, "approver"), 1,
	        "the %s is approved by %s in %s, nobody in top management: have one of them approve it",
	        doc->type == CL_TYPE_STATEMENT ? "management statement" : "information security policy",
	        who.ptr, in);
	cl_buf_free(&who);
}

static void check_role(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	const char *role = cl_yaml_text(cl_document_field(doc, "approver"));
	int known = 0;
	cl_buf who = CL_BUF_INIT;
	char in[8];

	if (!role)
		return;
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		known |= p != NULL;
		if (cl_person_has_role(p, role) || cl_is_top_management(lint->config, p))
			return;
	}
	/* Unknown approvers are approver-unknown's to report. */
	if (!known)
		return;
	describe_approvers(&who, a);
	cl_short_commit(in, a->commit);
	cl_fire(lint, &approver_role_mismatch, doc, cl_document_field_line(doc, "approver"), 1,
	        "'approver: %s' but it was approved by %s in %s: have the %s approve it", role, who.ptr, in,
	        role);
	cl_buf_free(&who);
}

static void check_identities(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	char in[8];

	cl_short_commit(in, a->commit);
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_identity *id = &a->approvers[i];

		if (id->person)
			continue;
		if (!*id->email)
			cl_fire(lint, &approver_unknown, doc, 1, 1,
			        "approved in %s by '%s', which has no e-mail: write the trailer as 'Name <email>'",
			        in, id->name);
		else
			cl_fire(lint, &approver_unknown, doc, 1, 1,
			        "approved in %s by %s <%s>, who is not in %s: add them with this e-mail and their roles",
			        in, id->name, id->email,
			        lint->people && lint->people->path ? lint->people->path : "people.yml");
	}
}

static void check_departed(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	char in[8], until[11], approved[11];

	cl_short_commit(in, a->commit);
	cl_date_format(approved, a->date);
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		if (!p || !p->has_until)
			continue;
		cl_date_format(until, p->until);
		if (cl_date_days(p->until) < cl_date_days(a->date))
			cl_fire_escalated(
			        lint, &approver_departed, CL_SEV_ERROR, doc, 1, 1,
			        "approved on %s (%s) by %s, who had left on %s: that is no approval; have the current approver approve it",
			        approved, in, p->name, until);
		else if (cl_date_days(p->until) < cl_date_days(lint->today))
			cl_fire(lint, &approver_departed, doc, 1, 1,
			        "approved on %s (%s) by %s, who left on %s: have the current approver approve it",
			        approved, in, p->name, until);
	}
}

static void check_approvers(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const cl_approval *a;

		if (!cl_needs_approval(doc))
			continue;
		a = cl_current_approval(doc);
		if (!a)
			continue;
		check_top_management(lint, doc, a);
		check_role(lint, doc, a);
		check_identities(lint, doc, a);
		check_departed(lint, doc, a);
	}
}

const cl_rule_group cl_group_approvers =
        CL_RULE_GROUP(check_approvers, &approver_not_top_management, &approver_role_mismatch,
                      &approver_unknown, &approver_departed);
