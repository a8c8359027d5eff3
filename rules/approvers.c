/*
 * approvers.c: approver-not-top-management, approver-role-mismatch,
 * approver-unknown, approver-departed: the approval meets what the
 * document requires (model/approval.h: cl_approval_requirements).
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
        "5.1, 5.2, 5.3",
        "a document only top management may approve is approved by nobody in top management",
        "What it checks: the approval of a document that top management must approve is\n"
        "made by someone who holds a top-management role (`top_management_roles` in\n"
        ".clauselint.yml, matched against the roles in the people registry). Top\n"
        "management must approve the information security policy (the policy that\n"
        "claims clause 5.2), the roles document and the management statement, and any\n"
        "other kind `approvals.required_approver` gives to \"top management\"; and a\n"
        "change of a document whose version in force was one of those, or named\n"
        "`approver: top management`: a document can't lower its own bar by changing\n"
        "its `type` or `approver` (docs/approvals.md).\n\n"
        "Why: clause 5.2 asks that top management establish the policy, and clause 5.1\n"
        "that it show leadership of the ISMS; clause 5.3 that it assign the roles;\n"
        "control A.5.4 asks for a statement signed by senior management. A policy\n"
        "signed by the IT manager is the single most common finding on clause 5:\n"
        "accountability can be delegated by nobody.\n\n"
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
        "no approver holds the role the document requires (nor is top management)",
        "What it checks: someone who approved the document's current content holds the\n"
        "role it requires, or a top-management role. The role required is the one its\n"
        "front matter names in `approver`; when that differs from the `approver` of the\n"
        "version in force before (its last version approved by the right person), the\n"
        "stricter of the two: top management over any other role, and between two\n"
        "others, the one in force, whose holder hands the authority over. A role\n"
        "`approvals.required_approver` gives the document's kind is required too.\n\n"
        "Why: clause 5.3 asks that responsibilities and authorities be assigned. A\n"
        "document that says the CEO approves it, approved by someone else, shows the\n"
        "assignment isn't followed, and an auditor who checks who signed against who\n"
        "was meant to sees exactly that. A change that names a new approver and is\n"
        "approved by that new approver would assign authority to itself.\n\n"
        "Passing example: `approver: ISMS Lead`, approved by Sam, listed in people.yml:\n\n"
        "    - name: Sam Ortiz\n"
        "      email: sam@example.com\n"
        "      roles: [IT Manager, ISMS Lead]\n\n"
        "How to fix: have the holder of the role approve it. If the authority has\n"
        "really moved, the holder of the old `approver` role approves the change of\n"
        "`approver`; from then on the new one approves.\n",
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

/* The document, as the message names it. */
static const char *kind_of(const cl_document *doc)
{
	if (cl_is_security_policy(doc))
		return "information security policy";
	switch (doc->type) {
	case CL_TYPE_STATEMENT:
		return "management statement";
	case CL_TYPE_ROLES:
		return "roles document";
	default:
		return cl_doc_type_name(doc->type) ? cl_doc_type_name(doc->type) : "document";
	}
}

/* Why the requirement holds, as the message's middle clause. */
static void describe_requirement(cl_buf *out, const cl_document *doc, const cl_requirement *r)
{
	char in[8];

	cl_short_commit(in, r->commit ? r->commit : doc->prior_commit);
	switch (r->by) {
	case CL_REQUIRED_BY_APPROVER:
		cl_buf_printf(out, "as its 'approver: %s' asks", r->role ? r->role : CL_TOP_MANAGEMENT);
		break;
	case CL_REQUIRED_BY_KIND:
		cl_buf_printf(out, "as approvals.required_approver asks for '%s'", r->kind);
		break;
	case CL_REQUIRED_BY_PRIOR:
		cl_buf_printf(
		        out,
		        "as the version approved in %s asks ('approver: %s'), and only its approver can change what it requires",
		        in, r->role ? r->role : CL_TOP_MANAGEMENT);
		break;
	case CL_REQUIRED_BY_PRIOR_KIND:
		cl_buf_printf(
		        out,
		        "as the version approved in %s asks (approvals.required_approver for '%s'), and only its approver can change what it requires",
		        in, r->kind);
		break;
	}
}

/* The first requirement the approval doesn't meet: of top management
 * (role NULL) when `top`, else of a role. */
static const cl_requirement *unmet(const cl_lint *lint, const cl_document *doc, const cl_approval *a, int top,
                                   cl_requirement req[CL_MAX_REQUIREMENTS])
{
	size_t n = cl_approval_requirements(req, lint->config, doc, doc->prior);

	for (size_t i = 0; i < n; i++)
		if ((req[i].role == NULL) == top && !cl_requirement_met(lint->config, &req[i], a, 0))
			return &req[i];
	return NULL;
}

static void check_top_management(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	cl_requirement req[CL_MAX_REQUIREMENTS];
	const cl_requirement *r = unmet(lint, doc, a, 1, req);
	cl_buf who = CL_BUF_INIT, why = CL_BUF_INIT;
	char in[8];

	if (!r)
		return;
	describe_approvers(&who, a);
	cl_short_commit(in, a->commit);
	if (r->by == CL_REQUIRED_BY_KIND && r->kind &&
	    (cl_is_security_policy(doc) || doc->type == CL_TYPE_STATEMENT))
		cl_fire(lint, &approver_not_top_management, doc, cl_document_field_line(doc, "approver"), 1,
		        "the %s is approved by %s in %s, nobody in top management: have one of them approve it",
		        kind_of(doc), who.ptr, in);
	else {
		describe_requirement(&why, doc, r);
		cl_fire(lint, &approver_not_top_management, doc, cl_document_field_line(doc, "approver"), 1,
		        "the %s is approved by %s in %s, nobody in top management, %s: have one of them approve it",
		        kind_of(doc), who.ptr, in, why.ptr);
	}
	cl_buf_free(&who);
	cl_buf_free(&why);
}

static int any_known(const cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++)
		if (a->approvers[i].person)
			return 1;
	return 0;
}

static void check_role(cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	cl_requirement req[CL_MAX_REQUIREMENTS];
	const cl_requirement *r;
	cl_buf who = CL_BUF_INIT, why = CL_BUF_INIT;
	char in[8];

	/* Unknown approvers are approver-unknown's to report. */
	if (!any_known(a) || !(r = unmet(lint, doc, a, 0, req)))
		return;
	describe_approvers(&who, a);
	cl_short_commit(in, a->commit);
	if (r->by == CL_REQUIRED_BY_APPROVER)
		cl_fire(lint, &approver_role_mismatch, doc, cl_document_field_line(doc, "approver"), 1,
		        "'approver: %s' but it was approved by %s in %s: have the %s approve it", r->role,
		        who.ptr, in, r->role);
	else {
		describe_requirement(&why, doc, r);
		cl_fire(lint, &approver_role_mismatch, doc, cl_document_field_line(doc, "approver"), 1,
		        "it was approved by %s in %s, not by the %s %s: have the %s approve it", who.ptr, in,
		        r->role, why.ptr, r->role);
	}
	cl_buf_free(&who);
	cl_buf_free(&why);
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
