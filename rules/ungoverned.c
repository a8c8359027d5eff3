/*
 * ungoverned.c: nothing-governed.
 *
 * A repository whose Markdown clauselint reads as no document at all is
 * one whose ISMS it hasn't understood, not one that passes: every other
 * rule then has nothing to say about its documents. Clause 7.5.1 asks
 * for the documented information the ISMS needs; this note says why none
 * was found, from the reasons each file was skipped.
 */
#include "rules.h"

static const cl_rule nothing_governed = {
        "nothing-governed",
        CL_SEV_NOTE,
        "7.5.1",
        "Markdown files were read but none of them is a governed document",
        "What it checks: when the repository has Markdown files, at least one of them\n"
        "is a governed document: YAML front matter with a `type` of clauselint's, or a\n"
        "requirement note. It fires once, on the repository, with how many files were\n"
        "skipped for each reason (no front matter, another tool's type, ...).\n\n"
        "Why: clause 7.5.1 asks for the documented information the ISMS needs. A run\n"
        "that governs nothing checks nothing: its only findings are that the ISMS\n"
        "documents are missing, when they may be there in a form clauselint doesn't\n"
        "read. Saying so keeps a silent pass, or a wall of \"missing\", from being\n"
        "taken for a verdict on the documents.\n\n"
        "Passing example: a policy clauselint reads:\n\n"
        "    ---\n"
        "    id: POL-001\n"
        "    title: Information Security Policy\n"
        "    type: policy\n"
        "    owner: CISO\n"
        "    version: \"1.0\"\n"
        "    approver: CEO\n"
        "    ---\n\n"
        "How to fix: give each ISMS document front matter with a `type`\n"
        "(docs/configuration.md), or run `clauselint init --adopt`, which writes the\n"
        "configuration that reads the forms the documents use as they are\n"
        "(docs/adopting.md); `clauselint files` lists every Markdown file with what\n"
        "decided whether it is governed.\n",
        CL_TAG_REPOSITORY,
};

static void check_nothing_governed(cl_lint *lint)
{
	size_t skipped[CL_SKIP_REASONS] = {0}, total = 0;
	cl_buf why = CL_BUF_INIT, subject = CL_BUF_INIT;

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (!doc->skipped)
			return; /* governed, or reported as a broken one */
		skipped[doc->skipped]++;
		total++;
	}
	if (!total)
		return;
	for (int r = CL_SKIP_NONE + 1; r < CL_SKIP_REASONS; r++)
		if (skipped[r])
			cl_buf_printf(&why, "%s%zu %s", why.len ? ", " : "", skipped[r],
			              cl_skip_reason_text((cl_skip_reason)r));
	if (total == 1)
		cl_buf_puts(&subject, "the one Markdown file read is no governed document");
	else
		cl_buf_printf(&subject, "none of the %zu Markdown files read is a governed document", total);
	/* With a configuration (adopted already, say), the way on is to name
	 * the types: init --adopt writes no second one. */
	if (lint->config && lint->config->path)
		cl_fire(lint, &nothing_governed, NULL, 1, 1,
		        "%s (%s): give each ISMS document a type, in its front matter or by folder or file in mapping.types of %s (docs/adopting.md); `clauselint files` shows what decided each file",
		        subject.ptr, why.ptr,
		        lint->config->display_path ? lint->config->display_path : lint->config->path);
	else
		cl_fire(lint, &nothing_governed, NULL, 1, 1,
		        "%s (%s): give each ISMS document front matter with a type, or run `clauselint init --adopt` to read the forms they use (comply's header, a document-control table, Dataview fields); `clauselint files` shows what decided each file",
		        subject.ptr, why.ptr);
	cl_buf_free(&subject);
	cl_buf_free(&why);
}

const cl_rule_group cl_group_ungoverned = CL_RULE_GROUP(check_nothing_governed, &nothing_governed);
