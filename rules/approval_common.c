/*
 * approval_common.c: what the approval rules share: which documents need
 * approval, which approval counts, who is top management, and the command
 * that approves a document, which every approval finding ends with.
 */
#include "clauselint.h"
#include "rules.h"

#include <stdlib.h>
#include <string.h>

int cl_needs_approval(const cl_lint *lint, const cl_document *doc)
{
	if (!lint->history_read || !doc->history || doc->history_evidence_only ||
	    doc->status != CL_STATUS_ACTIVE || !cl_rule_applies(doc))
		return 0;
	switch (doc->type) {
	case CL_TYPE_POLICY:
	case CL_TYPE_PROCEDURE:
	case CL_TYPE_STANDARD:
	case CL_TYPE_STATEMENT:
	case CL_TYPE_ROLES:
		return 1;
	default:
		return cl_yaml_text(cl_document_field(doc, "approver")) != NULL;
	}
}

const cl_approval *cl_current_approval(const cl_document *doc)
{
	return doc->history && doc->history->approval_count ? doc->history->approvals[0] : NULL;
}

void cl_short_commit(char out[8], const char *commit)
{
	memcpy(out, commit, 7);
	out[7] = '\0';
}

cl_interval cl_review_interval(const cl_lint *lint, const cl_document *doc)
{
	const char *text = cl_yaml_text(cl_document_field(doc, "review_interval"));
	cl_interval interval;

	if (text && cl_interval_parse(&interval, text) == 0)
		return interval;
	return lint->config->review_interval;
}

int cl_person_has_role(const cl_person *person, const char *role)
{
	for (size_t i = 0; person && i < person->roles.count; i++)
		if (cl_strcaseeq(person->roles.items[i], role))
			return 1;
	return 0;
}

int cl_is_top_management(const cl_config *config, const cl_person *person)
{
	for (size_t i = 0; i < config->top_management_roles.count; i++)
		if (cl_person_has_role(person, config->top_management_roles.items[i]))
			return 1;
	return 0;
}

int cl_is_security_policy(const cl_document *doc)
{
	return doc->type == CL_TYPE_POLICY && cl_document_claims(doc, "5.2");
}

/* The registry's holder of `role`, when there is exactly one to name. */
static const cl_person *holder_of(const cl_people *people, const char *role)
{
	for (size_t i = 0; role && people && i < people->count; i++)
		if (cl_person_has_role(&people->items[i], role) && !people->items[i].has_until)
			return &people->items[i];
	return NULL;
}

void cl_approve_command_as(cl_buf *out, const cl_lint *lint, const cl_document *doc, const cl_person *who,
                           const char *whose)
{
	const char *version = cl_yaml_text(cl_document_field(doc, "version"));

	cl_buf_printf(out, "git commit %s--allow-empty -m \"Approve %s%s%s\" --trailer \"%s: ",
	              lint->config->require_signature ? "-S " : "", doc->id ? doc->id : doc->path,
	              version ? " " : "", version ? version : "", lint->config->approval_trailer);
	if (who && who->emails.count)
		cl_buf_printf(out, "%s <%s>", who->name, who->emails.items[0]);
	else
		cl_buf_printf(out, "NAME <EMAIL> of %s", whose);
	cl_buf_printf(out, "\" --trailer \"Approves: %s\"", doc->path);
}

void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc)
{
	const char *role = cl_yaml_text(cl_document_field(doc, "approver"));
	char *whose = cl_printf("the %s", role ? role : "approver");

	cl_approve_command_as(out, lint, doc, holder_of(lint->people, role), whose);
	free(whose);
}

int cl_approval_by_approver(const cl_lint *lint, const cl_document *doc, const cl_approval *a)
{
	const char *role = cl_yaml_text(cl_document_field(doc, "approver"));
	int needs_top = cl_is_security_policy(doc) || doc->type == CL_TYPE_STATEMENT;

	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		if (!p)
			continue;
		if (cl_is_top_management(lint->config, p) ||
		    (!needs_top && (!role || cl_person_has_role(p, role))))
			return 1;
	}
	return 0;
}
