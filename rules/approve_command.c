/*
 * approve_command.c: the command that approves a document as it stands,
 * which every approval finding ends with, so that the fix can be pasted.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

/* Whether `person` made the change that brought doc's current content:
 * their approval of it would be a self-approval (rules/self_approval.c),
 * so no command suggests them. */
static int made_the_change(const cl_document *doc, const cl_person *person)
{
	const cl_doc_history *h = doc ? doc->history : NULL;

	return h && h->has_change && !h->uncommitted && h->change.author.person == person;
}

/* The registry's first holder of `role` who didn't make doc's change. */
static const cl_person *holder_of(const cl_people *people, const char *role, const cl_document *doc)
{
	for (size_t i = 0; role && people && i < people->count; i++) {
		const cl_person *p = &people->items[i];

		if (cl_person_has_role(p, role) && !p->has_until && !made_the_change(doc, p))
			return p;
	}
	return NULL;
}

/* "git commit ... -m "VERB WHAT" --trailer "Approved-by: WHO"
 * --trailer "TRAILER: PATH"". */
static void command(cl_buf *out, const cl_lint *lint, const char *verb, const char *what, const char *trailer,
                    const char *path, const cl_person *who, const char *whose)
{
	cl_buf_printf(out, "git commit %s--allow-empty -m \"%s %s\" --trailer \"%s: ",
	              lint->config->require_signature ? "-S " : "", verb, what,
	              lint->config->approval_trailer);
	if (who && who->emails.count)
		cl_buf_printf(out, "%s <%s>", who->name, who->emails.items[0]);
	else
		cl_buf_printf(out, "NAME <EMAIL> of %s", whose);
	cl_buf_printf(out, "\" --trailer \"%s: %s\"", trailer, path);
}

void cl_approve_path_command(cl_buf *out, const cl_lint *lint, const char *what, const char *path,
                             const cl_person *who, const char *whose)
{
	command(out, lint, "Approve", what, "Approves", path, who, whose);
}

/* "POL-001 1.2", or the path of a document without an id; never a
 * template placeholder (`id: {{code}}`), which placeholder-unfilled
 * reports and no commit message should carry. */
static char *name_of(const cl_document *doc)
{
	const char *version = cl_yaml_text(cl_document_field(doc, "version"));
	const char *id = doc->id;

	if (id && cl_is_placeholder_value(id))
		id = NULL;
	if (version && cl_is_placeholder_value(version))
		version = NULL;
	return cl_printf("%s%s%s", id ? id : doc->path, version ? " " : "", version ? version : "");
}

void cl_approve_command_as(cl_buf *out, const cl_lint *lint, const cl_document *doc, const cl_person *who,
                           const char *whose)
{
	char *what = name_of(doc);

	cl_approve_path_command(out, lint, what, doc->path, who, whose);
	free(what);
}

const cl_person *cl_top_manager_for(const cl_lint *lint, const cl_document *doc)
{
	for (size_t i = 0; lint->people && i < lint->people->count; i++) {
		const cl_person *p = &lint->people->items[i];

		if (cl_is_top_management(lint->config, p) && cl_person_present_on(p, lint->today) &&
		    p->emails.count && !made_the_change(doc, p))
			return p;
	}
	return NULL;
}

const cl_person *cl_top_manager(const cl_lint *lint)
{
	return cl_top_manager_for(lint, NULL);
}

/* The one role whose holder meets every requirement of the document's
 * approval (a top-management role meets top management's): 1 with
 * *role NULL when no role is named at all, 0 when only top management
 * meets them all. */
static int single_role(const char **role, const cl_lint *lint, const cl_document *doc)
{
	cl_requirement req[CL_MAX_REQUIREMENTS];
	size_t n = cl_approval_requirements(req, lint->config, doc, doc->prior);
	int top = 0;

	*role = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!req[i].role)
			top = 1;
		else if (*role)
			return 0;
		else
			*role = req[i].role;
	}
	if (top && *role && !cl_is_top_management_role(lint->config, *role))
		*role = NULL;
	return !(top && !*role);
}

/* Who a command should name to approve doc: the holder of the one role
 * its approval needs, or top management (who may approve anything) when
 * it needs top management or names no role; never the author of its
 * change. NULL when nobody fits: the command then says whose name to
 * put. */
static const cl_person *suggested_approver(const cl_lint *lint, const cl_document *doc)
{
	const char *role;
	const cl_person *holder = NULL;

	if (single_role(&role, lint, doc) && role && !cl_is_placeholder_value(role))
		holder = holder_of(lint->people, role, doc);
	return holder ? holder : cl_top_manager_for(lint, doc);
}

void cl_withdraw_command(cl_buf *out, const cl_lint *lint, const cl_document *version, const char *path)
{
	char *whose = cl_required_approver(lint, version), *what = name_of(version);

	command(out, lint, "Withdraw", what, CL_WITHDRAWS_TRAILER, path, suggested_approver(lint, version),
	        whose);
	free(whose);
	free(what);
}

char *cl_required_approver(const cl_lint *lint, const cl_document *doc)
{
	const char *role;

	if (!single_role(&role, lint, doc))
		return cl_strdup("top management");
	/* `approver: {{senior_management}}` names nobody yet. */
	if (role && cl_is_placeholder_value(role))
		role = NULL;
	/* The role's only holders made the change: top management may
	 * approve it instead (suggested_approver names them). */
	if (role && !holder_of(lint->people, role, doc) && holder_of(lint->people, role, NULL))
		return cl_printf("top management (the %s made the change)", role);
	/* No role named: top management may approve anything. */
	return role ? cl_printf("the %s", role) : cl_strdup("top management");
}

void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc)
{
	char *whose = cl_required_approver(lint, doc);

	cl_approve_command_as(out, lint, doc, suggested_approver(lint, doc), whose);
	free(whose);
}

void cl_evidence_fix(cl_buf *out, const cl_lint *lint, const cl_document *record, cl_evidence_state state)
{
	cl_requirement req[CL_MAX_REQUIREMENTS];
	char *who = cl_approval_requirements(req, lint->config, record, record->prior)
	                    ? cl_required_approver(lint, record)
	                    : cl_strdup("someone in the people registry");
	const char *role_or_top = strcmp(who, "top management") == 0 ? "" : " or top management";
	cl_buf command = CL_BUF_INIT;

	cl_approve_command(&command, lint, record);
	cl_buf_printf(out, "it is no evidence until it is approved: %s; have %s%s%s approve it: %s",
	              cl_evidence_problem(state, record), who, role_or_top,
	              record->type == CL_TYPE_REVIEW ? ", who attended," : "", command.ptr);
	cl_buf_free(&command);
	free(who);
}
