/*
 * trust.h: what a run knows of its trust inputs (docs/approvals.md,
 * "What decides whether an approval counts"): for each, the version the
 * linted source has, the version in force, and who changed it last; the
 * trust rule (rules/trust.c) says where they differ.
 */
#ifndef CL_MODEL_TRUST_H
#define CL_MODEL_TRUST_H

#include "history/history.h"
#include "history/trust.h"

typedef struct {
	cl_trust_kind kind;
	int governed; /* a trust input of the repository: not -c from outside, not a baseline outside */
	char *path;   /* where the linted source has it, or had it in force */
	int exists;   /* the linted source has the file */
	char blob[CL_OID_HEX];
	int staged_change;                /* --staged: the index's version is not HEAD's */
	const cl_trust_version *in_force; /* NULL when no version was approved */
	/* Who brought the linted version: the walk's account of the path
	 * (NULL when the history wasn't read). */
	const cl_doc_history *history;
} cl_trust_input;

typedef struct {
	cl_trust_input inputs[CL_TRUST_KINDS];
	const cl_trust *chain; /* NULL when the history wasn't read (shallow, no commit) */
	/* --changed-since: the approval that starts the chain is in the
	 * change being checked, not in what it is checked against. */
	int starts_in_change;
} cl_trust_state;

/* Whether the input is a file whose linted version is not the one in
 * force (or was never approved): what the trust rule reports. */
int cl_trust_input_unapproved(const cl_trust_input *input);

#endif
