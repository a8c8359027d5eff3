/*
 * records.c: reading the evidence clause 5 and control A.5.4 rest on:
 * tables of people and dates, names that must match the people registry,
 * dates that must fall within the review interval, and approvals that
 * must come from top management.
 *
 * Records are written by people, so matching is forgiving where it can't
 * be fooled by it: header names and people's names ignore case and
 * spacing, but a name must still be in the registry to count.
 */
#include "model/records.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int cl_fold_eq(const char *a, const char *b)
{
	char *fa = cl_fold(a), *fb = cl_fold(b);
	int eq = strcmp(fa, fb) == 0;

	free(fa);
	free(fb);
	return eq;
}

/* Whether `word` begins a word of `text`: "conform" begins "conforms" and
 * "conformity", but not "nonconformities" nor "non-conformities", which
 * are another activity (clause 10.2). Bytes of multi-byte UTF-8
 * characters count as letters. */
static int begins_a_word(const char *text, const char *word)
{
	for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
		unsigned char before = p == text ? ' ' : (unsigned char)p[-1];

		if (!isalnum(before) && before != '-' && before < 0x80)
			return 1;
	}
	return 0;
}

int cl_fold_has_words(const char *text, const char *words)
{
	char *folded = cl_fold(text), *want = cl_fold(words);
	int all = *want != '\0';
	char *word = want;

	/* cl_fold leaves single spaces between words, none at the ends. */
	while (all && word) {
		char *space = strchr(word, ' ');

		if (space)
			*space = '\0';
		all = begins_a_word(folded, word);
		word = space ? space + 1 : NULL;
	}
	free(folded);
	free(want);
	return all;
}

int cl_table_column(const cl_table *table, const char *name)
{
	for (size_t c = 0; c < table->columns; c++)
		if (cl_fold_eq(table->header[c], name))
			return (int)c;
	return -1;
}

const cl_table *cl_find_table(const cl_document *doc, const char *first, const char *second, int *first_col,
                              int *second_col)
{
	for (size_t t = 0; t < doc->table_count; t++) {
		const cl_table *table = &doc->tables[t];
		int a = cl_table_column(table, first), b = cl_table_column(table, second);

		if (a >= 0 && b >= 0) {
			*first_col = a;
			*second_col = b;
			return table;
		}
	}
	return NULL;
}

/* `Name <email>`: the e-mail decides, as it does for approvals. */
static const cl_person *match_angle_address(const cl_people *people, const char *text)
{
	const char *open = strchr(text, '<');
	const char *close = open ? strchr(open, '>') : NULL;
	char *email;
	const cl_person *person;

	if (!close)
		return NULL;
	email = cl_strndup(open + 1, (size_t)(close - open - 1));
	person = cl_people_find_email(people, email);
	free(email);
	return person;
}

/* `Name email` or `Name (email)`: what a table cell holds once Markdown
 * has made `<email>` an autolink and dropped the angle brackets. The
 * e-mail decides, as above. */
static const cl_person *match_email_word(const cl_people *people, const char *folded)
{
	const char *at = strchr(folded, '@');
	const char *start = at, *end = at;
	char *email;
	const cl_person *person;

	while (start > folded && start[-1] != ' ' && start[-1] != '(')
		start--;
	while (*end && *end != ' ' && *end != ')')
		end++;
	email = cl_strndup(start, (size_t)(end - start));
	person = cl_people_find_email(people, email);
	free(email);
	return person;
}

/* `Name` or `Name (note)`: minutes and registers add the role, "Dana
 * Whitfield (CEO)". The name before the note must be in the registry;
 * the note is not checked (the registry says who holds which role).
 * `folded` is cl_fold's form, the one people->by_name is keyed by. */
static const cl_person *match_name(const cl_people *people, char *folded)
{
	const cl_person *person = cl_people_find_name(people, folded);
	char *open = strchr(folded, '(');

	if (person || !open || open == folded)
		return person;
	while (open > folded && open[-1] == ' ')
		open--;
	*open = '\0';
	return cl_people_find_name(people, folded);
}

const cl_person *cl_people_match(const cl_people *people, const char *text)
{
	char *folded;
	const cl_person *person;

	if (!text || !people)
		return NULL;
	if (strchr(text, '<'))
		return match_angle_address(people, text);
	folded = cl_fold(text);
	person = strchr(folded, '@') ? match_email_word(people, folded) : match_name(people, folded);
	free(folded);
	return person;
}

int cl_within_interval(cl_date day, cl_date today, cl_interval interval)
{
	long d = cl_date_days(day);

	return d <= cl_date_days(today) && cl_date_days(cl_date_add(day, interval)) >= cl_date_days(today);
}

int cl_record_date(cl_date *out, const cl_document *doc)
{
	const char *text = cl_yaml_text(cl_document_field(doc, "date"));

	return text && cl_date_parse(out, text) == 0 ? 0 : -1;
}

int cl_is_active(const cl_document *doc, cl_doc_type type)
{
	return doc->type == type && doc->status == CL_STATUS_ACTIVE && cl_document_in_scope(doc);
}

int cl_acknowledges(const cl_document *record, const char *id, const char *version)
{
	const char *policy, *policy_version;

	/* The type first: fields are looked up for every record otherwise. */
	if (!cl_is_active(record, CL_TYPE_ACKNOWLEDGEMENT))
		return 0;
	policy = cl_yaml_text(cl_document_field(record, "policy"));
	policy_version = cl_yaml_text(cl_document_field(record, "policy_version"));
	return policy && policy_version && strcmp(policy, id) == 0 && strcmp(policy_version, version) == 0;
}

char *cl_requirement_code(const cl_document *doc)
{
	const char *code = cl_yaml_text(cl_document_field(doc, "Code"));
	const char *section = cl_yaml_text(cl_document_field(doc, "Section"));

	if (!code || !*code || !section)
		return NULL;
	if (strcmp(section, "Annex A") == 0)
		return strncmp(code, "A.", 2) == 0 ? cl_strdup(code) : cl_printf("A.%s", code);
	if (strcmp(section, "Requirements") == 0)
		return cl_strdup(code);
	return NULL;
}
