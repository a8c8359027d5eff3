/*
 * placeholder.c: placeholder-unfilled.
 *
 * Templates leave `{{senior_management}}`, `[TBD]`, `[Date]` to be filled
 * in. A document approved with one in it is approved incomplete: clause
 * 7.5.2 asks documented information to be reviewed and approved for
 * suitability and adequacy, which a blank isn't. The approval commands
 * clauselint prints never carry one either (approve_command.c).
 */
#include "rules.h"

static const cl_rule placeholder_unfilled = {
        "placeholder-unfilled",
        CL_SEV_WARNING,
        "7.5.2",
        "a template placeholder is left in a document (`{{...}}`, `[TBD]`, `[Date]`)",
        "What it checks: no value of a governed document's front matter, and no text\n"
        "of its body outside code, is a template placeholder left to fill in: a\n"
        "`{{name}}`, or a bracketed word such as `[TBD]`, `[TODO]`, `[Date]`, `[Name]`,\n"
        "`[Company Name]` or `[Insert ...]` that is no link. At most 16 are reported\n"
        "per document.\n\n"
        "Why: clause 7.5.2 asks that documented information be reviewed and approved\n"
        "for suitability and adequacy. A policy still saying \"[Company Name] commits\n"
        "to...\" was adopted from a template without being adapted, and an auditor\n"
        "reads it as exactly that.\n\n"
        "Passing example: the template's blanks filled in:\n\n"
        "    approver: CEO\n"
        "    ...\n"
        "    Acme Ltd commits to satisfy applicable requirements.\n\n"
        "How to fix: replace each placeholder with the real value, or, for a literal\n"
        "`{{...}}`, put it in a code span.\n",
        0,
};

/* Reports a blank value; returns its line, or 0 when it is none. */
static int check_value(cl_lint *lint, const cl_document *doc, const cl_yaml_node *key, const cl_yaml_node *v,
                       int depth)
{
	int line = 0;

	if (!v || depth > 4)
		return 0;
	if (cl_value_is_placeholder(v)) {
		if (v->kind == CL_YAML_SEQUENCE)
			cl_fire(lint, &placeholder_unfilled, doc, v->line, v->column,
			        "'%s: [%s]' is the template placeholder '[%s]' (YAML reads it as a list): replace it with the real value before it is approved",
			        key->scalar, v->items[0]->scalar, v->items[0]->scalar);
		else
			cl_fire(lint, &placeholder_unfilled, doc, v->line, v->column,
			        "'%s: %s' is a template placeholder: replace it with the real value before it is approved",
			        key->scalar, v->scalar);
		return v->line;
	}
	for (size_t i = 0; v->kind == CL_YAML_SEQUENCE && i < v->count; i++) {
		int at = check_value(lint, doc, key, v->items[i], depth + 1);

		line = line ? line : at;
	}
	return line;
}

/* A document-control value is on a line of the body too: the placeholder
 * there is reported once, as the value. */
static int on_a_value_line(const int *lines, size_t n, int line)
{
	for (size_t i = 0; i < n; i++)
		if (lines[i] == line)
			return 1;
	return 0;
}

static void check_document(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *fm = doc->front_matter;
	int lines[64];
	size_t n = 0;

	for (size_t k = 0; fm && k < fm->count; k++) {
		int line = check_value(lint, doc, fm->keys[k], fm->values[k], 0);

		if (line && n < sizeof(lines) / sizeof(lines[0]))
			lines[n++] = line;
	}
	for (size_t i = 0; i < doc->placeholder_count; i++)
		if (!on_a_value_line(lines, n, doc->placeholders[i].line))
			cl_fire(lint, &placeholder_unfilled, doc, doc->placeholders[i].line,
			        doc->placeholders[i].column,
			        "'%s' is a template placeholder left in the text: replace it with the real value before it is approved",
			        doc->placeholders[i].text);
}

static void check_placeholders(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++)
		if (cl_document_in_scope(lint->documents[i]))
			check_document(lint, lint->documents[i]);
}

const cl_rule_group cl_group_placeholder = CL_RULE_GROUP(check_placeholders, &placeholder_unfilled);
