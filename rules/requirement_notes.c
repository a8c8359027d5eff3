/*
 * requirement_notes.c: front-matter-body-mismatch,
 * requirement-title-mismatch, requirement-uncovered.
 *
 * Obsidian vaults keep one note per requirement. Auditors read the
 * rendered note, tools read the front matter: when the two disagree, or
 * the note's title isn't the standard's, the vault misstates the
 * standard. A requirement no document claims is a gap in the statement of
 * applicability waiting to be found at audit.
 */
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const cl_rule front_matter_body_mismatch = {
        "front-matter-body-mismatch",
        CL_SEV_WARNING,
        NULL,
        "a requirement note's key/value table disagrees with its front matter",
        "What it checks: when a requirement note repeats its front matter as a rendered\n"
        "key/value HTML table (a Dataview export), every row whose key is a front matter\n"
        "key has the same value.\n\n"
        "Why: readers see the table, tools (and clauselint) read the front matter. An\n"
        "edit to one and not the other leaves the vault saying two things about the same\n"
        "requirement, and an auditor reading the rendered note may be shown the wrong\n"
        "one.\n\n"
        "Passing example: a requirement note whose table repeats its front matter:\n\n"
        "    ---\n"
        "    Name: Leadership and commitment\n"
        "    Code: \"5.1\"\n"
        "    Framework: ISO27001:2022\n"
        "    Section: Requirements\n"
        "    Category: Security & Privacy Governance\n"
        "    ---\n"
        "    <table>\n"
        "    <tr><td><span>Name</span></td>\n"
        "      <td><span>Leadership and commitment</span></td></tr>\n"
        "    <tr><td><span>Code</span></td><td><span>5.1</span></td></tr>\n"
        "    <tr><td><span>Section</span></td><td><span>Requirements</span></td></tr>\n"
        "    </table>\n\n"
        "How to fix: correct whichever is wrong, or export the table again from the front\n"
        "matter.\n",
        0,
};

static const cl_rule requirement_title_mismatch = {
        "requirement-title-mismatch",
        CL_SEV_WARNING,
        NULL,
        "a requirement note's `Name` differs from the catalogue title of its code",
        "What it checks: a requirement note's Name is the official ISO/IEC 27001:2022\n"
        "title of its Code (compared ignoring case, spacing and punctuation).\n\n"
        "Why: a title that doesn't match its code usually means the code is wrong (a\n"
        "2013 number, a clause taken for a control), and the note then documents a\n"
        "different requirement from the one it claims. An auditor who checks the vault\n"
        "against the standard finds it misstating the requirement.\n\n"
        "Passing example: the note for Annex A control 5.4, under its official title:\n\n"
        "    Name: Management responsibilities\n"
        "    Code: \"5.4\"\n"
        "    Section: Annex A\n\n"
        "How to fix: use the title the message gives, or correct the Code and Section.\n",
        0,
};

static const cl_rule requirement_uncovered = {
        "requirement-uncovered",
        CL_SEV_WARNING,
        NULL,
        "no governed document claims the requirement note's clause",
        "What it checks: for every requirement note, some active governed document lists\n"
        "its code in `clauses`.\n\n"
        "Why: a requirement with no document behind it is a gap: at audit there is\n"
        "nothing to show for it. The vault of requirement notes is the list of what must\n"
        "be evidenced; the documents' clauses are what is.\n\n"
        "Passing example: the note for control A.5.4 and an active policy claiming it:\n\n"
        "    # requirements/A.5.4.md, a requirement note\n"
        "    Code: \"5.4\"\n"
        "    Section: Annex A\n"
        "    # policies/information-security-policy.md\n"
        "    clauses: [\"5.2\", \"A.5.4\"]\n\n"
        "How to fix: add the code to the `clauses` of the document that meets the\n"
        "requirement, or write that document.\n",
        0,
};

/* Letters and digits only, lower-cased, '&' read as "and": titles are
 * compared for meaning, not for typography. */
static char *title_key(const char *s)
{
	cl_buf out = CL_BUF_INIT;

	for (; *s; s++) {
		if (*s == '&')
			cl_buf_puts(&out, "and");
		else if (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)
			cl_buf_putc(&out, (char)tolower((unsigned char)*s));
	}
	return cl_buf_detach(&out);
}

static int same_title(const char *a, const char *b)
{
	char *ka = title_key(a), *kb = title_key(b);
	int same = strcmp(ka, kb) == 0;

	free(ka);
	free(kb);
	return same;
}

/* Table keys are rendered for people: "Additional Info" for the key
 * Additional_Info. */
static int same_key(const char *table_key, const char *fm_key)
{
	for (; *table_key && *fm_key; table_key++, fm_key++) {
		char a = *table_key == ' ' ? '_' : (char)tolower((unsigned char)*table_key);
		char b = *fm_key == ' ' ? '_' : (char)tolower((unsigned char)*fm_key);

		if (a != b)
			return 0;
	}
	return !*table_key && !*fm_key;
}

/* White space collapsed and trimmed: the rendered table re-flows text. */
static char *squeeze(const char *s)
{
	cl_buf out = CL_BUF_INIT;

	for (; *s; s++) {
		if (!isspace((unsigned char)*s))
			cl_buf_putc(&out, *s);
		else if (out.len && !isspace((unsigned char)s[1]) && s[1])
			cl_buf_putc(&out, ' ');
	}
	return cl_buf_detach(&out);
}

/* A null front matter value is an empty cell. */
static int same_value(const char *table_value, const cl_yaml_node *fm_value)
{
	char *a = squeeze(table_value);
	char *b = squeeze(cl_yaml_is_null(fm_value) ? "" : fm_value->scalar);
	int same = strcmp(a, b) == 0;

	free(a);
	free(b);
	return same;
}

static void check_table(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *fm = doc->front_matter;

	for (size_t r = 0; r < doc->kv_row_count; r++) {
		const cl_kv_row *row = &doc->kv_rows[r];

		for (size_t k = 0; fm && k < fm->count; k++) {
			const cl_yaml_node *v = fm->values[k];

			if (!same_key(row->key, fm->keys[k]->scalar) || v->kind != CL_YAML_SCALAR)
				continue;
			if (!same_value(row->value, v))
				cl_fire(lint, &front_matter_body_mismatch, doc, row->line, 1,
				        "the table says %s is '%s' but the front matter (line %d) says '%s': make them agree",
				        fm->keys[k]->scalar, row->value, fm->keys[k]->line,
				        cl_yaml_is_null(v) ? "" : v->scalar);
			break;
		}
	}
}

static void check_title(cl_lint *lint, const cl_document *doc, const cl_control *control)
{
	const cl_yaml_node *name = cl_document_field(doc, "Name");
	const char *text = cl_yaml_text(name);

	if (text && !same_title(text, control->title))
		cl_fire(lint, &requirement_title_mismatch, doc, name->line, name->column,
		        "Name '%s' is not the title of %s in %s, '%s': use that title, or correct Code and Section",
		        text, control->code, lint->config->framework, control->title);
}

/* Every code an active, non-note document claims, sorted. */
static void collect_claims(cl_strvec *out, const cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const cl_yaml_node *list = cl_document_field(doc, "clauses");

		if (!cl_document_in_scope(doc) || doc->type == CL_TYPE_REQUIREMENT ||
		    doc->status != CL_STATUS_ACTIVE || !list || list->kind != CL_YAML_SEQUENCE)
			continue;
		for (size_t k = 0; k < list->count; k++)
			if (cl_yaml_text(list->items[k]))
				cl_strvec_push(out, list->items[k]->scalar);
	}
	cl_strvec_sort(out);
}

static void check_coverage(cl_lint *lint, const cl_document *doc, const cl_control *control,
                           const cl_strvec *claims)
{
	const cl_yaml_node *code = cl_document_field(doc, "Code");

	if (cl_strvec_contains_sorted(claims, control->code))
		return;
	cl_fire(lint, &requirement_uncovered, doc, code->line, code->column,
	        "no active document claims %s (%s): add \"%s\" to the clauses of the document that meets it",
	        control->code, control->title, control->code);
}

static void check_requirement_notes(cl_lint *lint)
{
	cl_strvec claims = CL_STRVEC_INIT;

	collect_claims(&claims, lint);
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const cl_yaml_node *fw = cl_document_field(doc, "Framework");
		char *code;
		const cl_control *control;

		if (!cl_document_in_scope(doc) || doc->type != CL_TYPE_REQUIREMENT)
			continue;
		check_table(lint, doc);
		code = cl_requirement_code(doc);
		control = code && (!fw || cl_framework_known(cl_yaml_text(fw)))
		                  ? cl_catalogue_find(NULL, code)
		                  : NULL;
		free(code);
		if (!control)
			continue;
		check_title(lint, doc, control);
		check_coverage(lint, doc, control, &claims);
	}
	cl_strvec_free(&claims);
}

const cl_rule_group cl_group_requirement_notes =
        CL_RULE_GROUP(check_requirement_notes, &front_matter_body_mismatch, &requirement_title_mismatch,
                      &requirement_uncovered);
