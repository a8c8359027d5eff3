/*
 * evidence.h: whether a record (a management review, training,
 * acknowledgement or resource approval) is evidence the rules may count:
 * its current content approved in git by whoever the configuration in
 * force gives its kind (docs/approvals.md). A record anyone can write
 * proves nothing until someone accountable signs it.
 */
#ifndef CL_MODEL_EVIDENCE_H
#define CL_MODEL_EVIDENCE_H

#include "config/config.h"
#include "config/people.h"
#include "history/history.h"
#include "parse/document.h"

typedef enum {
	CL_EVIDENCE_APPROVED,
	/* Its history wasn't read (a shallow clone: history-shallow says
	 * so), so it is taken as it stands rather than reported twice. */
	CL_EVIDENCE_UNKNOWN,
	CL_EVIDENCE_UNAPPROVED,     /* no approval of its current content */
	CL_EVIDENCE_WRONG_APPROVER, /* approved, by nobody it requires */
	CL_EVIDENCE_NOT_ATTENDED,   /* a review approved by nobody who attended */
} cl_evidence_state;

/* Whether the record is evidence, and if not why. */
cl_evidence_state cl_record_evidence(const cl_config *config, const cl_people *people,
                                     const cl_document *record);
/* Whether that state counts: approved, or not to be told. */
int cl_is_evidence(cl_evidence_state state);
/* What a record of that state lacks, as a message's clause: "top
 * management hasn't approved its current content". Static text. */
const char *cl_evidence_problem(cl_evidence_state state, const cl_document *record);

#endif
