/*
 * lint.h: running the rules of a table over documents that have been
 * read, and honouring their suppression comments.
 */
#ifndef CL_LINT_H
#define CL_LINT_H

#include "engine/check.h"

/* Runs every group of `rules` over the documents, then applies the
 * documents' suppression comments and sorts the findings. */
void cl_lint_run(cl_lint *lint, const cl_ruleset *rules);

/* Whether a finding of `rule` at `line` is switched off by a comment of
 * `doc` (markdownlint's semantics). */
int cl_suppressed(const cl_document *doc, const char *rule, int line);

#endif
