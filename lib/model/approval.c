/*
 * approval.c: the approval verdict the rules and `clauselint status`
 * share: which documents need approval, which approval counts, and who
 * may give it (docs/approvals.md).
 */
#include "model/approval.h"
#include "model/lifecycle.h"
#include "model/records.h"

#include <stdlib.h>
#include <string.h>

int cl_needs_approval(const cl_document *doc)
{
	return doc->history && !doc->history_evidence_only && cl_version_needs_approval(doc);
}

int cl_version_needs_approval(const cl_document *doc)
{
	if (doc->status != CL_STATUS_ACTIVE || !cl_document_in_scope(doc))
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

	if (!h || !h->approval_count)
		return NULL;
	if (doc->superseded_by && doc->superseded_by->order < h->approvals[0]->order)
		return doc->superseded_by;
	/* Both lists are newest first: the newest other approval decides. */
	if (!h->other_count)
		return NULL;
	return h->others[0]->order < h->approvals[0]->order ? h->others[0] : NULL;
}

const cl_approval *cl_current_approval(const cl_document *doc)
{
	if (!doc->history || !doc->history->approval_count || cl_superseding_approval(doc))
		return NULL;
	return doc->history->approvals[0];
}

int cl_same_person(const cl_identity *a, const cl_identity *b)
{
	if (a->person || b->person)
		return a->person == b->person;
	return *a->email && strcmp(a->email, b->email) == 0;
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

/* The `approver` a version names: a role, or NULL for top management
 * (written as the words themselves). A record's bar is only what the
 * configuration in force gives its kind (approvals.required_approver):
 * the `owner` it names is written by whoever writes it, and so is its
 * author as git records it (docs/approvals.md). */
static int approver_role(const char **role, const cl_document *version)
{
	const char *text = cl_yaml_text(cl_document_field(version, "approver"));

	if (!text)
		return 0;
	*role = cl_strcaseeq(text, CL_TOP_MANAGEMENT) ? NULL : text;
	return 1;
}

static int same_role(const char *a, const char *b)
{
	return (!a && !b) || (a && b && cl_strcaseeq(a, b));
}

/* The requirements being gathered: of the version in force before, of
 * one carried on from another path, the approval that brought it in. */
typedef struct {
	cl_requirement *items;
	size_t count;
	const char *commit;
} requirements;

static void add_requirement(requirements *out, const char *role, cl_required_by by, const char *kind)
{
	for (size_t i = 0; i < out->count; i++)
		if (same_role(out->items[i].role, role))
			return;
	out->items[out->count].role = role;
	out->items[out->count].by = by;
	out->items[out->count].commit = out->commit;
	out->items[out->count++].kind = kind;
}

/* approvals.required_approver for each kind the version is: its type,
 * and security-policy for the information security policy. */
static void add_floors(requirements *out, const cl_config *config, const cl_document *version,
                       cl_required_by by)
{
	const char *type = cl_doc_type_name(version->type);

	for (size_t i = 0; i < config->floor_kinds.count; i++) {
		const char *kind = config->floor_kinds.items[i], *role = config->floor_roles.items[i];

		if (!(type && strcmp(kind, type) == 0) &&
		    !(strcmp(kind, "security-policy") == 0 && cl_is_security_policy(version)))
			continue;
		add_requirement(out, cl_strcaseeq(role, CL_TOP_MANAGEMENT) ? NULL : role, by, kind);
	}
}

int cl_is_top_management_role(const cl_config *config, const char *role)
{
	if (!role)
		return 1;
	for (size_t i = 0; i < config->top_management_roles.count; i++)
		if (cl_strcaseeq(config->top_management_roles.items[i], role))
			return 1;
	return 0;
}

/* Of the `approver` a version names and the one the version in force
 * before it named, the stricter: top management over any other role;
 * between two others, the one in force, whose holder must hand over. */
static int stricter_approver(const char **role, cl_required_by *by, const cl_config *config,
                             const cl_document *version, const cl_document *prior)
{
	const char *own, *old;
	int has_own = approver_role(&own, version), has_old = prior && approver_role(&old, prior);

	if (!has_own && !has_old)
		return 0;
	if (!has_old || (has_own && same_role(own, old)) ||
	    (has_own && cl_is_top_management_role(config, own) && !cl_is_top_management_role(config, old))) {
		*role = own;
		*by = CL_REQUIRED_BY_APPROVER;
	} else {
		*role = old;
		*by = CL_REQUIRED_BY_PRIOR;
	}
	return 1;
}

size_t cl_approval_requirements(cl_requirement out[CL_MAX_REQUIREMENTS], const cl_config *config,
                                const cl_document *version, const cl_document *prior)
{
	requirements req = {out, 0, NULL};
	const cl_document *carried = version->carried;
	const char *role;
	cl_required_by by;

	if (stricter_approver(&role, &by, config, version, prior))
		add_requirement(&req, role, by, NULL);
	add_floors(&req, config, version, CL_REQUIRED_BY_KIND);
	if (prior)
		add_floors(&req, config, prior, CL_REQUIRED_BY_PRIOR_KIND);
	/* The version in force of a document it carries on must be met too:
	 * its id doesn't move onto a lower bar. */
	req.commit = version->carried_commit;
	if (carried && approver_role(&role, carried))
		add_requirement(&req, role, CL_REQUIRED_BY_PRIOR, NULL);
	if (carried)
		add_floors(&req, config, carried, CL_REQUIRED_BY_PRIOR_KIND);
	return req.count;
}

int cl_requirement_met(const cl_config *config, const cl_requirement *r, const cl_approval *a, int on_the_day)
{
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		if (!p || (on_the_day && !cl_person_present_on(p, a->date)))
			continue;
		if (cl_is_top_management(config, p) || (r->role && cl_person_has_role(p, r->role)))
			return 1;
	}
	return 0;
}

static int meets_all(const cl_config *config, const cl_document *version, const cl_document *prior,
                     const cl_approval *a, int on_the_day)
{
	cl_requirement req[CL_MAX_REQUIREMENTS];
	size_t n = cl_approval_requirements(req, config, version, prior);
	int known = 0;

	for (size_t i = 0; i < a->approver_count; i++)
		known |= a->approvers[i].person != NULL;
	if (!known)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!cl_requirement_met(config, &req[i], a, on_the_day))
			return 0;
	return 1;
}

int cl_approval_brings_into_force(const cl_config *config, const cl_document *version,
                                  const cl_document *prior, const cl_approval *a)
{
	if (config->require_signature && a->verification != CL_VERIFY_VERIFIED)
		return 0;
	return meets_all(config, version, prior, a, 1);
}

int cl_approval_by_approver(const cl_config *config, const cl_document *doc, const cl_approval *a)
{
	return meets_all(config, doc, doc->prior, a, 0);
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
