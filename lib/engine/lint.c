/*
 * lint.c: running the rules of the table a run is handed, and honouring
 * suppression comments.
 */
#include "findings/ruleset.h"
#include "engine/lint.h"

#include <stdlib.h>
#include <string.h>

static int names_rule(const cl_suppression *s, const char *rule)
{
	if (!s->rules.count)
		return 1;
	for (size_t i = 0; i < s->rules.count; i++)
		if (strcmp(s->rules.items[i], rule) == 0)
			return 1;
	return 0;
}

/* The first of doc's line-ordered comments (after the file-wide ones)
 * whose line is greater than `line`. */
static size_t comments_after(const cl_document *doc, int line)
{
	size_t lo = doc->file_suppression_count, hi = doc->suppression_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->suppressions[mid].line <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * markdownlint's semantics: a file-wide comment covers every line; the
 * last disable or enable at or before the line that names the rule (or
 * names none) decides; a next-line comment covers the line after it. The
 * comments are searched from the finding's line backwards, so a document
 * with many comments costs a binary search per finding, not a pass.
 */
int cl_suppressed(const cl_document *doc, const char *rule, int line)
{
	size_t i = comments_after(doc, line);

	for (size_t f = 0; f < doc->file_suppression_count; f++)
		if (names_rule(&doc->suppressions[f], rule))
			return 1;
	while (i-- > doc->file_suppression_count) {
		const cl_suppression *s = &doc->suppressions[i];

		if (!names_rule(s, rule))
			continue;
		if (s->kind == CL_SUPPRESS_DISABLE_LINE && s->line == line)
			return 1;
		if (s->kind == CL_SUPPRESS_DISABLE_NEXT_LINE && s->line + 1 == line)
			return 1;
		if (s->kind == CL_SUPPRESS_DISABLE)
			return 1;
		if (s->kind == CL_SUPPRESS_ENABLE)
			return 0;
	}
	return 0;
}

static void apply_suppressions(cl_lint *lint)
{
	cl_findings *list = lint->findings;
	size_t kept = 0;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];
		const cl_document *doc =
		        f->path ? cl_documents_find(lint->documents, lint->document_count, f->path) : NULL;

		/* A document can't silence what judges its own approval, nor
		 * a repository-level finding placed on it. */
		if (doc && !(f->rule->tags & CL_TAG_APPROVAL) && !f->repository_level &&
		    cl_suppressed(doc, f->rule->name, f->line)) {
			free(f->path);
			free(f->message);
			continue;
		}
		list->items[kept++] = *f;
	}
	list->count = kept;
}

/* See cl_lint.unadopted. */
static int is_unadopted(const cl_lint *lint)
{
	if (lint->config && lint->config->path)
		return 0;
	for (size_t i = 0; i < lint->document_count; i++)
		if (!lint->documents[i]->skipped)
			return 0;
	return lint->document_count > 0;
}

void cl_lint_run(cl_lint *lint, const cl_ruleset *rules)
{
	lint->unadopted = is_unadopted(lint);
	for (size_t g = 0; g < rules->count; g++)
		rules->groups[g]->check(lint);
	apply_suppressions(lint);
	cl_findings_sort(lint->findings);
}
