/*
 * approval_unverified.c: approval-unverified.
 *
 * Clause 5.2: the policy is established by top management. An
 * Approved-by trailer is text anyone with push access can type; with
 * approvals.require_signature the approval must be signed with a key the
 * people registry gives the approver, and an auditor's finding "the
 * approval record can be forged by any developer" is what this prevents.
 * The history sets unverified approvals aside (cl_history_verify), so
 * approval-missing and approval-stale don't also fire for them.
 */
#include "rules.h"

#include <stdlib.h>

#include <string.h>

static const cl_rule approval_unverified = {
        "approval-unverified",
        CL_SEV_ERROR,
        "5.2",
        "`require_signature` is on and the approval's signature is missing, invalid, or not the approver's key",
        "What it checks: with `approvals: { require_signature: true }`, the approval of\n"
        "a document's current content is a commit signed (git's SSH signatures,\n"
        "gpg.format=ssh, ssh-ed25519 keys) with a key that people.yml lists in the\n"
        "`signing_keys` of a person named in its Approved-by trailers, made while that\n"
        "person was in the organisation (their since/until). Signatures are checked by\n"
        "clauselint itself: no ssh-keygen or gpg is needed.\n\n"
        "Why: clause 5.2 asks that top management establish the policy. A trailer is\n"
        "text: anyone who can push can write `Approved-by: <the CEO>` on their own\n"
        "commit. A signature by the CEO's registered key is evidence that the CEO\n"
        "approved exactly this content, and that no one changed it since.\n\n"
        "Passing example: Dana's public key is in people.yml, and she signs:\n\n"
        "    - name: Dana Whitfield\n"
        "      email: dana@example.com\n"
        "      roles: [CEO]\n"
        "      signing_keys:\n"
        "        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... dana@laptop\n\n"
        "    git commit -S --allow-empty -m \"Approve POL-001 1.0\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: policies/information-security-policy.md\"\n\n"
        "How to fix: the approver sets up signing once:\n\n"
        "    ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519\n"
        "    git config gpg.format ssh\n"
        "    git config user.signingkey ~/.ssh/id_ed25519.pub\n\n"
        "adds the line of ~/.ssh/id_ed25519.pub to their `signing_keys` in\n"
        "people.yml, and approves again with `git commit -S ...` (the finding gives\n"
        "the command).\n",
        CL_TAG_APPROVAL,
};

static const char *person_name(const cl_identity *id)
{
	return id->person ? id->person->name : id->name;
}

static void describe_approvers(cl_buf *out, const cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++)
		cl_buf_printf(out, "%s%s", i ? ", " : "", person_name(&a->approvers[i]));
}

/* What is wrong with the approval's signature, in words. */
static void describe_problem(cl_buf *out, const cl_lint *lint, const cl_approval *a)
{
	cl_buf who = CL_BUF_INIT;
	char in[8], day[11], bound[11];
	const char *detail = a->signature_detail ? a->signature_detail : "";
	const cl_person *p = a->signer;

	describe_approvers(&who, a);
	cl_short_commit(in, a->commit);
	cl_date_format(day, a->date);
	switch (a->verification) {
	case CL_VERIFY_UNSIGNED:
		cl_buf_printf(out, "the approval %s by %s is not signed", in, who.ptr);
		break;
	case CL_VERIFY_INVALID:
		cl_buf_printf(
		        out,
		        "the signature of the approval %s by %s is invalid: the signed bytes changed after signing",
		        in, who.ptr);
		break;
	case CL_VERIFY_WRONG_KEY:
		cl_buf_printf(out, "the approval %s names %s, but its key belongs to %s, not the approver",
		              in, who.ptr, p ? p->name : "someone else");
		break;
	case CL_VERIFY_UNKNOWN_KEY:
		cl_buf_printf(
		        out,
		        "the approval %s by %s is signed with a key that is not in %s: no one's signing_keys hold it",
		        in, who.ptr, lint->people && lint->people->path ? lint->people->path : "people.yml");
		break;
	case CL_VERIFY_UNSUPPORTED:
		if (strcmp(detail, "OpenPGP") == 0 || strcmp(detail, "X.509") == 0)
			cl_buf_printf(
			        out,
			        "the approval %s by %s has an unsupported %s signature: clauselint verifies SSH signatures with ssh-ed25519 keys",
			        in, who.ptr, detail);
		else
			cl_buf_printf(
			        out,
			        "the approval %s by %s is signed with an unsupported key type %s: clauselint verifies ssh-ed25519 keys",
			        in, who.ptr, detail);
		break;
	case CL_VERIFY_MALFORMED:
		cl_buf_printf(out, "the signature of the approval %s by %s is malformed: %s", in, who.ptr,
		              detail);
		break;
	case CL_VERIFY_NOT_PRESENT:
		if (p && p->has_until && cl_date_days(p->until) < cl_date_days(a->date)) {
			cl_date_format(bound, p->until);
			cl_buf_printf(out, "the approval %s was signed by %s on %s, after they left on %s",
			              in, p->name, day, bound);
		} else if (p && p->has_since) {
			cl_date_format(bound, p->since);
			cl_buf_printf(out, "the approval %s was signed by %s on %s, before they joined on %s",
			              in, p->name, day, bound);
		} else {
			cl_buf_printf(out,
			              "the approval %s was signed on %s, outside the signer's since/until",
			              in, day);
		}
		break;
	default:
		cl_buf_printf(out, "the approval %s by %s is not verified", in, who.ptr);
		break;
	}
	cl_buf_free(&who);
}

static void check_document(cl_lint *lint, const cl_document *doc)
{
	const cl_doc_history *h = doc->history;
	const cl_approval *a;
	cl_buf problem = CL_BUF_INIT, cmd = CL_BUF_INIT;
	char *who;

	if (h->approval_count || !h->unverified_count)
		return;
	a = h->unverified[0];
	describe_problem(&problem, lint, a);
	cl_approve_command(&cmd, lint, doc);
	who = cl_required_approver(lint, doc);
	cl_fire(lint, &approval_unverified, doc, cl_document_field_line(doc, "approver"), 1,
	        "%s: %s, and require_signature counts only approvals signed with the approver's key: have %s sign it (git config gpg.format ssh; git config user.signingkey ~/.ssh/id_ed25519.pub; the public key in their signing_keys in people.yml), then: %s",
	        doc->id ? doc->id : doc->path, problem.ptr, who, cmd.ptr);
	free(who);
	cl_buf_free(&problem);
	cl_buf_free(&cmd);
}

static void check_approval_unverified(cl_lint *lint)
{
	if (!lint->config->require_signature)
		return;
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (cl_needs_approval(doc))
			check_document(lint, doc);
	}
}

const cl_rule_group cl_group_approval_unverified =
        CL_RULE_GROUP(check_approval_unverified, &approval_unverified);
