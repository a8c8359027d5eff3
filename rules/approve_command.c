/*
 * approve_command.c: the command that approves a document as it stands,
 * which every approval finding ends with, so that the fix can be pasted.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

/* The registry's holder of `role`, when there is exactly one to name. */
static const cl_person *holder_of(const cl_people *people, const char *role)
{
	for (size_t i = 0; role && people && i < people->count; i++)
		if (cl_person_has_role(&people->items[i], role) && !people->items[i].has_until)
			return &people->items[i];
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

const cl_person *cl_top_manager(const cl_lint *lint)
{
	for (size_t i = 0; lint->people && i < lint->people->count; i++) {
		const cl_person *p = &lint->people->items[i];

		if (cl_is_top_management(lint->config, p) && cl_person_present_on(p, lint->today) &&
		    p->emails.count)
			return p;
	}
	return NULL;
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

void cl_withdraw_command(cl_buf *out, const cl_lint *lint, const cl_document *version, const char *path)
{
	const char *role;
	char *whose = cl_required_approver(lint, version), *what = name_of(version);

	command(out, lint, "Withdraw", what, CL_WITHDRAWS_TRAILER, path,
	        single_role(&role, lint, version) ? holder_of(lint->people, role) : cl_top_manager(lint),
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
	return cl_printf("the %s", role ? role : "approver");
}

void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc)
{
	const char *role;
	char *whose = cl_required_approver(lint, doc);

	if (single_role(&role, lint, doc))
		cl_approve_command_as(out, lint, doc, holder_of(lint->people, role), whose);
	else
		cl_approve_command_as(out, lint, doc, cl_top_manager(lint), whose);
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
