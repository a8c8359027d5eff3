/*
 * lifecycle.h: documents that left what is in force: a version approved
 * as active and governed, which at the linted revision is gone (deleted,
 * moved where nothing is read, renamed to what isn't Markdown), or is
 * still there but retired, a draft, or of a type that isn't approved. A
 * change like that needs the approval of whoever the version in force
 * named, as any other change does (docs/approvals.md); the lifecycle rule
 * (rules/lifecycle.c) reports those that haven't it.
 */
#ifndef CL_MODEL_LIFECYCLE_H
#define CL_MODEL_LIFECYCLE_H

#include "config/config.h"
#include "history/history.h"
#include "parse/document.h"

/* A path whose version in force is no document of the linted content. */
typedef struct {
	char *path;
	cl_document *version;        /* in force there, front matter only */
	const cl_approval *approval; /* that brought it into force */
	int uncommitted;             /* removed in the working tree or the index */
	int has_removal;             /* else: the commit that removed it */
	cl_change removal;
	int staged_change; /* --staged: the index removes it */
} cl_lost_document;

void cl_lost_document_clear(cl_lost_document *lost);

/* Whether a version of a document, as its front matter says, is one
 * whose approval is judged: active, governed, of an approved type or
 * naming an approver (cl_needs_approval without the history). */
int cl_version_needs_approval(const cl_document *version);

/* Whether a document that is no longer one whose approval is judged
 * (retired, a draft, a record, no type) left its version in force, an
 * approved one, without an approval of that change: its current content
 * approved by whoever that version required. */
int cl_left_without_approval(const cl_config *config, const cl_document *doc);

#endif
