/*
 * evidence.c: whether a record counts as evidence: approved in git by
 * whoever approvals.required_approver gives its kind (top management by
 * default), and for a review by someone in top management who attended.
 * Not by its `owner`, nor judged by its author: the record names the one
 * and git's author line is the other, both written by whoever wrote it.
 */
#include "model/evidence.h"
#include "model/approval.h"
#include "model/records.h"

/* Whether an attendee of the review is the person: by name or e-mail,
 * or by a top-management role they held. */
static int attended(const cl_config *config, const cl_people *people, const cl_document *review,
                    const cl_person *p)
{
	const cl_yaml_node *attendees = cl_document_field(review, "attendees");

	for (size_t i = 0; attendees && attendees->kind == CL_YAML_SEQUENCE && i < attendees->count; i++) {
		const char *who = cl_yaml_text(attendees->items[i]);

		if (!who)
			continue;
		if (cl_people_match(people, who) == p ||
		    (cl_is_top_management_role(config, who) && cl_person_has_role(p, who)))
			return 1;
	}
	return 0;
}

static int attended_by_an_approver(const cl_config *config, const cl_people *people,
                                   const cl_document *review, const cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++) {
		const cl_person *p = a->approvers[i].person;

		if (p && cl_is_top_management(config, p) && attended(config, people, review, p))
			return 1;
	}
	return 0;
}

/* How far one approval goes: the best state it reaches. */
static cl_evidence_state judge(const cl_config *config, const cl_people *people, const cl_document *record,
                               const cl_approval *a)
{
	if (!cl_approval_brings_into_force(config, record, record->prior, a))
		return CL_EVIDENCE_WRONG_APPROVER;
	if (record->type == CL_TYPE_REVIEW && !attended_by_an_approver(config, people, record, a))
		return CL_EVIDENCE_NOT_ATTENDED;
	return CL_EVIDENCE_APPROVED;
}

cl_evidence_state cl_record_evidence(const cl_config *config, const cl_people *people,
                                     const cl_document *record)
{
	const cl_doc_history *h = record->history;
	cl_evidence_state best = CL_EVIDENCE_UNAPPROVED;

	if (!h)
		return CL_EVIDENCE_UNKNOWN;
	if (cl_superseding_approval(record))
		return CL_EVIDENCE_UNAPPROVED;
	/* Any approval of the content will do; the newest failing one is
	 * what the message explains. */
	for (size_t i = 0; i < h->approval_count; i++) {
		cl_evidence_state s = judge(config, people, record, h->approvals[i]);

		if (s == CL_EVIDENCE_APPROVED)
			return s;
		if (best == CL_EVIDENCE_UNAPPROVED)
			best = s;
	}
	return best;
}

int cl_is_evidence(cl_evidence_state state)
{
	return state == CL_EVIDENCE_APPROVED || state == CL_EVIDENCE_UNKNOWN;
}

const char *cl_evidence_problem(cl_evidence_state state, const cl_document *record)
{
	switch (state) {
	case CL_EVIDENCE_UNAPPROVED:
		return "its current content is not approved";
	case CL_EVIDENCE_WRONG_APPROVER:
		return "its current content is approved by nobody who may approve it";
	case CL_EVIDENCE_NOT_ATTENDED:
		return record->type == CL_TYPE_REVIEW
		               ? "its current content is approved by nobody in top management who attended"
		               : "its current content is approved by nobody who may approve it";
	default:
		return "";
	}
}
