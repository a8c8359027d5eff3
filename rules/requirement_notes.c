/*
 * requirement_notes.c: front-matter-body-mismatch,
 * requirement-title-mismatch, requirement-uncovered,
 * requirement-framework-unchecked.
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
        "key has the same value, as Dataview renders it: an empty value as `-`, a\n"
        "`[[link]]` as its text (the alias after `|`, else the target).\n\n"
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
        "title of its Code (compared ignoring case, spacing, punctuation, and British\n"
        "or American spelling: \"Organisational\" is \"Organizational\").\n\n"
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

static const cl_rule requirement_framework_unchecked = {
        "requirement-framework-unchecked",
        CL_SEV_NOTE,
        NULL,
        "requirement notes of a framework clauselint has no catalogue of are not checked",
        "What it checks: requirement notes whose Framework is one clauselint has no\n"
        "catalogue of (SOC 2, NIST CSF, ...) are recognised and not judged: their codes,\n"
        "sections and titles are that framework's. This note says so once per\n"
        "framework, on its first note, with how many notes it covers.\n\n"
        "Why: a vault often holds several frameworks. Judging SOC 2 codes against the\n"
        "ISO/IEC 27001:2022 catalogue would make every one an error; saying nothing\n"
        "would let a reader believe they were checked.\n\n"
        "Passing example: a note of the framework clauselint checks:\n\n"
        "    Name: Leadership and commitment\n"
        "    Code: \"5.1\"\n"
        "    Framework: ISO27001:2022\n"
        "    Section: Requirements\n\n"
        "How to fix: nothing to fix; switch the note off\n"
        "(`rules: { requirement-framework-unchecked: off }`) once you know.\n",
        0,
};

/* Letters and digits only, lower-cased, '&' read as "and", and British
 * "-ise" spelt as "-ize" ("organisation", "authorised"): titles are
 * compared for meaning, not for typography or spelling. */
static char *title_key(const char *s)
{
	cl_buf out = CL_BUF_INIT;
	const char *start = s;

	for (; *s; s++) {
		int c = tolower((unsigned char)*s);

		if (*s == '&')
			cl_buf_puts(&out, "and");
		else if (c == 's' && s > start && tolower((unsigned char)s[-1]) == 'i' &&
		         strchr("aei", s[1]) && s[1])
			cl_buf_putc(&out, 'z');
		else if (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)
			cl_buf_putc(&out, (char)c);
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

/* A front matter value as Dataview renders it: a [[link]] as its text
 * (the alias after '|', else the target). */
static char *rendered(const char *value)
{
	cl_buf out = CL_BUF_INIT;

	while (*value) {
		const char *open = strstr(value, "[["), *close = open ? strstr(open + 2, "]]") : NULL;
		const char *text, *bar;

		if (!close) {
			cl_buf_puts(&out, value);
			break;
		}
		cl_buf_put(&out, value, (size_t)(open - value));
		bar = memchr(open + 2, '|', (size_t)(close - open - 2));
		text = bar ? bar + 1 : open + 2;
		cl_buf_put(&out, text, (size_t)(close - text));
		value = close + 2;
	}
	return out.ptr ? cl_buf_detach(&out) : cl_strdup("");
}

/* A null front matter value is an empty cell, and Dataview renders an
 * empty value as "-" (its renderNullAs). */
static int same_value(const char *table_value, const cl_yaml_node *fm_value)
{
	char *shown = rendered(cl_yaml_is_null(fm_value) ? "" : fm_value->scalar);
	char *a = squeeze(table_value);
	char *b = squeeze(shown);
	int same = strcmp(a, b) == 0 || (!*b && strcmp(a, "-") == 0);

	free(shown);
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

/* Once per framework without a catalogue, on its first note: how many
 * notes of it were left unchecked. */
static void report_other_frameworks(cl_lint *lint)
{
	cl_map seen = {0};

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const char *fw = cl_document_in_scope(doc) && doc->type == CL_TYPE_REQUIREMENT
		                         ? cl_note_other_framework(doc)
		                         : NULL;
		size_t notes = 0;

		if (!fw || cl_map_gets(&seen, fw))
			continue;
		cl_map_puts(&seen, fw, (void *)1);
		for (size_t k = i; k < lint->document_count; k++) {
			const cl_document *other = lint->documents[k];

			notes += cl_document_in_scope(other) && other->type == CL_TYPE_REQUIREMENT &&
			         cl_note_other_framework(other) &&
			         strcmp(cl_note_other_framework(other), fw) == 0;
		}
		cl_fire(lint, &requirement_framework_unchecked, doc, cl_document_field_line(doc, "Framework"),
		        1,
		        "%zu requirement note%s of framework '%s' %s not checked: clauselint has the catalogue of %s only",
		        notes, notes == 1 ? "" : "s", fw, notes == 1 ? "is" : "are", CL_DEFAULT_FRAMEWORK);
	}
	cl_map_free(&seen);
}

static void check_requirement_notes(cl_lint *lint)
{
	cl_strvec claims = CL_STRVEC_INIT;

	collect_claims(&claims, lint);
	report_other_frameworks(lint);
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
                      &requirement_uncovered, &requirement_framework_unchecked);
