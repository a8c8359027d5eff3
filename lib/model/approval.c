/*
 * approval.c: the approval verdict the rules and `clauselint status`
 * share: which documents need approval, which approval counts, and who
 * may give it (docs/approvals.md).
 */
#include "model/approval.h"
#include "model/records.h"

#include <stdlib.h>
#include <string.h>

int cl_needs_approval(const cl_document *doc)
{
	if (!doc->history || doc->history_evidence_only || doc->status != CL_STATUS_ACTIVE ||
	    !cl_document_in_scope(doc))
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

const cl_approval *cl_superseding_approval(const cl_document *doc)
{
	const cl_doc_history *h = doc->history;

	/* Both lists are newest first: the newest other approval decides. */
	if (!h || !h->approval_count || !h->other_count)
		return NULL;
	return h->others[0]->order < h->approvals[0]->order ? h->others[0] : NULL;
}

const cl_approval *cl_current_approval(const cl_document *doc)
{
	if (!doc->history || !doc->history->approval_count || cl_superseding_approval(doc))
		return NULL;
	return doc->history->approvals[0];
}

void cl_short_commit(char out[8], const char *commit)
{
	memcpy(out, commit, 7);
	out[7] = '\0';
}

cl_interval cl_review_interval(const cl_config *config, const cl_document *doc)
{
	const char *text = cl_yaml_text(cl_document_field(doc, "review_interval"));
	cl_interval interval;

	if (text && cl_interval_parse(&interval, text) == 0)
		return interval;
	return config->review_interval;
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

int cl_approval_by_approver(const cl_config *config, const cl_document *doc, const cl_approval *a)
{
	const char *role = cl_yaml_text(cl_document_field(doc, "approver"));
	int needs_top = cl_is_security_policy(doc) || doc->type == CL_TYPE_STATEMENT;

	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		if (!p)
			continue;
		if (cl_is_top_management(config, p) || (!needs_top && (!role || cl_person_has_role(p, role))))
			return 1;
	}
	return 0;
}

int cl_approved_by_top_management(const cl_config *config, const cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		if (p && cl_is_top_management(config, p) && cl_person_present_on(p, a->date))
			return 1;
	}
	return 0;
}

const cl_approval *cl_top_management_approval(const cl_config *config, const cl_document *doc)
{
	if (cl_superseding_approval(doc))
		return NULL;
	for (size_t i = 0; doc->history && i < doc->history->approval_count; i++)
		if (cl_approved_by_top_management(config, doc->history->approvals[i]))
			return doc->history->approvals[i];
	return NULL;
}
