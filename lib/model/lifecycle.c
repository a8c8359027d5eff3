/*
 * lifecycle.c: see lifecycle.h.
 */
#include "model/lifecycle.h"
#include "model/approval.h"

#include <stdlib.h>

void cl_lost_document_clear(cl_lost_document *lost)
{
	if (!lost)
		return;
	free(lost->path);
	cl_document_free(lost->version);
	cl_change_clear(&lost->removal);
}

int cl_left_without_approval(const cl_config *config, const cl_document *doc)
{
	const cl_approval *a;

	/* A file whose front matter no longer reads has left force too:
	 * its own finding (front-matter-invalid) is not one the approval
	 * rules own, and a suppression comment in the file could hide it. */
	if (!doc->history || doc->history_evidence_only || !doc->prior ||
	    !cl_version_needs_approval(doc->prior) || cl_needs_approval(doc))
		return 0;
	a = cl_current_approval(doc);
	return !a || !cl_approval_brings_into_force(config, doc, doc->prior, a);
}
