/*
 * unknown_clause.c: unknown-clause.
 *
 * A document's `clauses` say which requirements it evidences; a code not
 * in the standard (a typo, "5.4" for control A.5.4, a 2013 control number)
 * claims evidence for nothing, and the requirement it was meant for looks
 * covered when it isn't.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const cl_rule unknown_clause = {
        "unknown-clause",
        CL_SEV_ERROR,
        NULL,
        "a clause / control code not in the framework catalogue",
        "What it checks: every code in a document's `clauses`, and every requirement\n"
        "note's Code, names a clause (4.1 to 10.2) or an Annex A control (A.5.1 to\n"
        "A.8.34) of ISO/IEC 27001:2022. Annex A controls carry the `A.` prefix; clauses\n"
        "don't.\n\n"
        "Why: the clauses a document claims are how an auditor, and clauselint, find the\n"
        "evidence for a requirement. A code that isn't in the standard evidences nothing,\n"
        "and the requirement it was meant for looks covered when it isn't. Codes from the\n"
        "2013 edition (A.9.2.3, A.12.1.1) are the usual culprit.\n\n"
        "Passing example: clause 5.2 and two Annex A controls, numbered as in 2022:\n\n"
        "    clauses: [\"5.2\", \"A.5.1\", \"A.5.4\"]\n\n"
        "How to fix: write the code as the 2022 standard numbers it; the finding\n"
        "suggests the likely code, and the catalogue clauselint is built with\n"
        "(rules/iso27001-2022.tsv in its source) lists every code and title.\n",
        0,
};

/* The 2013 edition numbered controls A.5 to A.18 in three levels
 * (A.9.1.1); the 2022 edition has two levels and stops at A.8. */
static int looks_like_2013_control(const char *code)
{
	int dots = 0;

	if (strncmp(code, "A.", 2) != 0)
		return 0;
	for (const char *p = code; *p; p++)
		dots += *p == '.';
	return dots == 3 || (atoi(code + 2) >= 9 && atoi(code + 2) <= 18);
}

/* A hint for the usual slips: a control written without `A.`, or a
 * clause written with it. */
static void hint_for(cl_buf *out, const char *code)
{
	char *other = strncmp(code, "A.", 2) == 0 ? cl_strdup(code + 2) : cl_printf("A.%s", code);
	const cl_control *c = cl_catalogue_find(NULL, other);

	if (c)
		cl_buf_printf(out,
		              "; did you mean '%s' (%s)? Annex A controls are written 'A.5.4', clauses '5.2'",
		              c->code, c->title);
	else if (looks_like_2013_control(code))
		cl_buf_puts(
		        out,
		        "; it looks like a control of the 2013 edition, whose Annex A the 2022 edition renumbered (A.5.1 to A.8.34): use the 2022 code");
	else
		cl_buf_puts(
		        out,
		        "; use a clause (4.1 to 10.2) or an Annex A control (A.5.1 to A.8.34) of ISO/IEC 27001:2022");
	free(other);
}

static void report_unknown(cl_lint *lint, const cl_document *doc, const cl_yaml_node *at, const char *code)
{
	cl_buf hint = CL_BUF_INIT;

	hint_for(&hint, code);
	cl_fire(lint, &unknown_clause, doc, at->line, at->column, "'%s' is not a clause or control of %s%s",
	        code, lint->config->framework, hint.ptr);
	cl_buf_free(&hint);
}

static int uses_known_framework(const cl_document *doc)
{
	const cl_yaml_node *fw = cl_document_field(doc, "framework");

	return !fw || cl_yaml_is_null(fw) || cl_framework_known(cl_yaml_text(fw));
}

static void check_clauses(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *list = cl_document_field(doc, "clauses");

	if (!list || list->kind != CL_YAML_SEQUENCE || !uses_known_framework(doc))
		return;
	for (size_t i = 0; i < list->count; i++) {
		const char *code = cl_yaml_text(list->items[i]);

		/* "TSC:CC1.1": another framework's code, kept with its prefix
		 * (parse/reading.c took ours off), and not ours to judge. */
		if (code && *code && !strchr(code, ':') && !cl_catalogue_find(NULL, code))
			report_unknown(lint, doc, list->items[i], code);
	}
}

static void check_note_code(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *at = cl_document_field(doc, "Code");
	char *code;

	if (cl_note_other_framework(doc))
		return;
	code = cl_requirement_code(doc);

	if (code && !cl_catalogue_find(NULL, code))
		report_unknown(lint, doc, at, code);
	free(code);
}

static void check_unknown_clause(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (!cl_document_in_scope(doc))
			continue;
		if (doc->type == CL_TYPE_REQUIREMENT)
			check_note_code(lint, doc);
		else
			check_clauses(lint, doc);
	}
}

const cl_rule_group cl_group_unknown_clause = CL_RULE_GROUP(check_unknown_clause, &unknown_clause);
