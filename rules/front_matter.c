/*
 * front_matter.c: file-unreadable, front-matter-invalid,
 * front-matter-field-missing, front-matter-field-invalid.
 *
 * No clause of its own, but every other rule stands on it: an auditor
 * who can't tell a document's id, owner, version or approver can't accept
 * it as documented information (clause 7.5.2: identification, format,
 * review and approval).
 */
#include "rules.h"

#include <stdlib.h>

#include <string.h>

static const cl_rule file_unreadable = {
        "file-unreadable",
        CL_SEV_ERROR,
        NULL,
        "a Markdown file is binary, not UTF-8, too large or cannot be read",
        "What it checks: every Markdown file clauselint is asked to read can be read as\n"
        "UTF-8 text: no NUL byte (git would call it binary), valid UTF-8 when it has\n"
        "front matter, at most 512 KiB, readable, and tables within what a run reads\n"
        "(at most 128 columns, 50,000 cells in a document: docs/limits.md).\n\n"
        "Why: a policy an auditor can't read is no evidence, and a file clauselint can't\n"
        "read would otherwise pass unchecked.\n\n"
        "Passing example: a Markdown file of plain UTF-8 text, well under 512 KiB:\n\n"
        "    # Incident Response Procedure\n\n"
        "    Report a suspected incident to the ISMS Lead within one hour.\n\n"
        "How to fix: save the file as UTF-8 text; split a huge file; or, if it is not a\n"
        "policy document, leave it out with `exclude` in .clauselint.yml.\n",
        0,
};

static const cl_rule front_matter_invalid = {
        "front-matter-invalid",
        CL_SEV_ERROR,
        NULL,
        "YAML syntax error, unterminated front matter, not a mapping, duplicate key",
        "What it checks: a Markdown file that starts with a line `---` has YAML front\n"
        "matter that ends with a line `---` (or `...`), parses, is a mapping of keys, has\n"
        "no key twice, and uses no YAML aliases.\n\n"
        "Why: the front matter says what a document is, who owns it and who must approve\n"
        "it. If it can't be read, clauselint can't tell whether the file is a governed\n"
        "policy, so this is reported whatever the file's path.\n\n"
        "Passing example: a YAML mapping between two `---` lines, each key once:\n\n"
        "    ---\n    id: POL-001\n    title: Information Security Policy\n    type: policy\n"
        "    owner: ISMS Lead\n    version: \"1.0\"\n    approver: CEO\n    ---\n\n"
        "How to fix: correct the YAML at the line given; close the front matter with a\n"
        "line `---`; write each key once.\n",
        0,
};

static const cl_rule front_matter_field_missing = {
        "front-matter-field-missing",
        CL_SEV_ERROR,
        NULL,
        "a key required for the document's type is absent",
        "What it checks: every governed document has the keys its type requires: id,\n"
        "title, type and owner always; version and approver for policies, procedures,\n"
        "standards, statements and roles; date for reviews, resource approvals, training\n"
        "and records; attendees for reviews; policy and policy_version for\n"
        "acknowledgements; Name, Code, Framework, Section and Category for requirement\n"
        "notes. A Markdown file under a `governed` glob must have front matter at all.\n\n"
        "Why: clause 7.5.2 asks that documented information be identified (title, id,\n"
        "version, owner) and reviewed and approved; clause 5.2 asks that the policy be\n"
        "approved by top management, which needs an `approver` to check against. An\n"
        "auditor who picks a document and can't tell which version it is, who owns it\n"
        "or who must sign it can't accept it as evidence.\n\n"
        "Passing example: a management review record, with the keys its type adds:\n\n"
        "    ---\n"
        "    id: REV-2026-1\n"
        "    title: Management Review, March 2026\n"
        "    type: review\n"
        "    owner: ISMS Lead\n"
        "    date: 2026-03-12\n"
        "    attendees: [CEO, ISMS Lead]\n"
        "    ---\n\n"
        "How to fix: add the key named in the message to the front matter.\n",
        0,
};

static const cl_rule front_matter_field_invalid = {
        "front-matter-field-invalid",
        CL_SEV_ERROR,
        NULL,
        "a value of the wrong form (date, version, type, interval, list)",
        "What it checks: front matter values have the form clauselint needs: `type` one\n"
        "of the known types; `version` MAJOR.MINOR or MAJOR.MINOR.PATCH; `approved` and\n"
        "`date` real days written YYYY-MM-DD; `review_interval` such as `12 months`;\n"
        "`status` draft, active or retired; `clauses` and `attendees` lists; `framework`\n"
        "a framework clauselint knows; a requirement note's Section `Requirements` or\n"
        "`Annex A`.\n\n"
        "Why: a date or version that can't be read can't be compared with the approval\n"
        "evidence in git, and a misspelt type silently exempts a policy from its rules.\n"
        "An auditor shown `version: 1.O` or `approved: 2026-02-30` can't tell which\n"
        "version was signed, or when.\n\n"
        "Passing example: a procedure whose values all have the expected form:\n\n"
        "    ---\n"
        "    id: PRO-004\n"
        "    title: Incident Response Procedure\n"
        "    type: procedure\n"
        "    owner: ISMS Lead\n"
        "    version: \"2.1.0\"\n"
        "    approver: ISMS Lead\n"
        "    approved: 2026-03-02\n"
        "    review_interval: 6 months\n"
        "    status: active\n"
        "    framework: ISO27001:2022\n"
        "    clauses: [\"A.5.24\", \"A.5.26\"]\n"
        "    ---\n\n"
        "How to fix: write the value in the form the message gives.\n",
        0,
};

/* The keys a type requires, beyond id, title, type and owner. */
static const char *const approvable_keys[] = {"version", "approver", NULL};
static const char *const dated_keys[] = {"date", NULL};
static const char *const review_keys[] = {"date", "attendees", NULL};
static const char *const acknowledgement_keys[] = {"policy", "policy_version", NULL};
static const char *const common_keys[] = {"id", "title", "type", "owner", NULL};
static const char *const requirement_keys[] = {"Name", "Code", "Framework", "Section", "Category", NULL};

static const char *const *type_keys(cl_doc_type type)
{
	switch (type) {
	case CL_TYPE_POLICY:
	case CL_TYPE_PROCEDURE:
	case CL_TYPE_STANDARD:
	case CL_TYPE_STATEMENT:
	case CL_TYPE_ROLES:
		return approvable_keys;
	case CL_TYPE_REVIEW:
		return review_keys;
	case CL_TYPE_RESOURCE_APPROVAL:
	case CL_TYPE_TRAINING:
	case CL_TYPE_RECORD:
		return dated_keys;
	case CL_TYPE_ACKNOWLEDGEMENT:
		return acknowledgement_keys;
	default:
		return NULL;
	}
}

/* What to write, for the message that says a key is missing. */
static const struct {
	const char *key;
	const char *example;
} examples[] = {
        {"id", "id: POL-001"},
        {"title", "title: Information Security Policy"},
        {"type", "type: policy"},
        {"owner", "owner: ISMS Lead"},
        {"version", "version: \"1.0\""},
        {"approver", "approver: CEO"},
        {"date", "date: 2026-01-31"},
        {"attendees", "attendees: [CEO, ISMS Lead]"},
        {"policy", "policy: POL-001"},
        {"policy_version", "policy_version: \"1.0\""},
        {"Name", "Name: Leadership and commitment"},
        {"Code", "Code: \"5.1\""},
        {"Framework", "Framework: ISO27001:2022"},
        {"Section", "Section: Requirements"},
        {"Category", "Category: Security & Privacy Governance"},
};

static const char *example_of(const char *key)
{
	for (size_t i = 0; i < sizeof(examples) / sizeof(examples[0]); i++)
		if (strcmp(examples[i].key, key) == 0)
			return examples[i].example;
	return key;
}

static const char *kind_word(const cl_document *doc)
{
	const char *name = cl_doc_type_name(doc->type);

	return name ? name : "document";
}

/* The id prefix of a type, as init's starter documents number them. */
static const char *id_prefix(cl_doc_type type)
{
	static const char *const prefixes[] = {
	        [CL_TYPE_POLICY] = "POL",
	        [CL_TYPE_PROCEDURE] = "PRO",
	        [CL_TYPE_STANDARD] = "STD",
	        [CL_TYPE_STATEMENT] = "STM",
	        [CL_TYPE_ROLES] = "ROL",
	        [CL_TYPE_REVIEW] = "REV",
	        [CL_TYPE_RESOURCE_APPROVAL] = "RES",
	        [CL_TYPE_ACKNOWLEDGEMENT] = "ACK",
	        [CL_TYPE_TRAINING] = "TRN",
	        [CL_TYPE_RECORD] = "REC",
	};

	return type > CL_TYPE_NONE && type < CL_TYPE_REQUIREMENT ? prefixes[type] : "DOC";
}

/* "id: POL-004": the first number of the type's prefix no document uses,
 * so that following the hint can't make a duplicate id. */
static char *free_id_example(const cl_lint *lint, const cl_document *doc)
{
	const char *prefix = id_prefix(doc->type);

	for (int n = 1; n < 10000; n++) {
		char *id = cl_printf("%s-%03d", prefix, n);

		if (!lint->by_id || !cl_map_gets(lint->by_id, id)) {
			char *example = cl_printf("id: %s", id);

			free(id);
			return example;
		}
		free(id);
	}
	return cl_strdup("id: DOC-001");
}

/* The hint for a missing key, from the document itself where it can be:
 * its first heading as the title, an id nobody uses. */
static char *example_for(const cl_lint *lint, const cl_document *doc, const char *key)
{
	if (strcmp(key, "id") == 0)
		return free_id_example(lint, doc);
	if (strcmp(key, "title") == 0 && doc->headings.count && *doc->headings.items[0])
		return cl_printf("title: %s", doc->headings.items[0]);
	return cl_strdup(example_of(key));
}

static void require_keys(cl_lint *lint, const cl_document *doc, const char *const *keys)
{
	for (size_t i = 0; keys && keys[i]; i++) {
		const cl_yaml_node *v = cl_document_field(doc, keys[i]);
		char *example;

		if (!v) {
			example = example_for(lint, doc, keys[i]);
			cl_fire(lint, &front_matter_field_missing, doc, 1, 1,
			        "the %s has no '%s' in its front matter: add '%s'", kind_word(doc), keys[i],
			        example);
			free(example);
		} else if (cl_yaml_is_null(v))
			cl_fire(lint, &front_matter_field_missing, doc, v->line, v->column,
			        "'%s' is empty: give it a value, e.g. '%s'", keys[i], example_of(keys[i]));
	}
}

static int is_version(const char *s)
{
	int parts = 0;

	while (*s) {
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
		parts++;
		if (*s == '.')
			s++;
		else if (*s)
			return 0;
		else
			break;
	}
	return (parts == 2 || parts == 3) && s[-1] != '.';
}

static void invalid(cl_lint *lint, const cl_document *doc, const cl_yaml_node *v, const char *key,
                    const char *expected)
{
	const char *text = cl_yaml_text(v);

	/* `version: [VERSION]` is a blank, not a bad version: only
	 * placeholder-unfilled says so. */
	if (cl_value_is_placeholder(v))
		return;

	if (text)
		cl_fire(lint, &front_matter_field_invalid, doc, v->line, v->column, "'%s: %s' is not %s", key,
		        text, expected);
	else
		cl_fire(lint, &front_matter_field_invalid, doc, v->line, v->column, "'%s' is not %s", key,
		        expected);
}

/* Each check looks at one key when it is present and not null (a null
 * required key is reported as missing). */
static const cl_yaml_node *present(const cl_document *doc, const char *key)
{
	const cl_yaml_node *v = cl_document_field(doc, key);

	return v && !cl_yaml_is_null(v) ? v : NULL;
}

static void check_text_keys(cl_lint *lint, const cl_document *doc)
{
	static const char *const keys[] = {"id", "title", "owner", "approver", "policy", NULL};

	for (size_t i = 0; keys[i]; i++) {
		const cl_yaml_node *v = present(doc, keys[i]);

		if (v && v->kind != CL_YAML_SCALAR)
			invalid(lint, doc, v, keys[i], "a single text value");
	}
}

/* What a status other tools write means to clauselint: the value to
 * write, or to map it to (mapping.values, docs/adopting.md). */
static const char *status_meant(const char *text)
{
	static const char *const meant[][2] = {
	        {"draft", "draft"},      {"active", "active"},      {"retired", "retired"},
	        {"approved", "active"},  {"published", "active"},   {"final", "active"},
	        {"effective", "active"}, {"superseded", "retired"}, {"archived", "retired"},
	        {"obsolete", "retired"}, {"withdrawn", "retired"},  {"in review", "draft"},
	        {"review", "draft"},     {"pending", "draft"},      {"wip", "draft"},
	};

	for (size_t i = 0; text && i < sizeof(meant) / sizeof(meant[0]); i++)
		if (cl_strcaseeq(text, meant[i][0]))
			return meant[i][1];
	return NULL;
}

static const char *interval_meant(const char *text)
{
	static const char *const meant[][2] = {
	        {"annual", "12 months"},    {"annually", "12 months"},   {"yearly", "12 months"},
	        {"quarterly", "3 months"},  {"monthly", "1 month"},      {"semi-annual", "6 months"},
	        {"semiannual", "6 months"}, {"half-yearly", "6 months"}, {"biannual", "6 months"},
	        {"weekly", "1 week"},       {"biennial", "24 months"},
	};

	for (size_t i = 0; text && i < sizeof(meant) / sizeof(meant[0]); i++)
		if (cl_strcaseeq(text, meant[i][0]))
			return meant[i][1];
	return NULL;
}

/* invalid(), with "did you mean" when the value has a meaning of ours,
 * and the mapping that reads it so everywhere. */
static void invalid_suggesting(cl_lint *lint, const cl_document *doc, const cl_yaml_node *v, const char *key,
                               const char *expected, const char *meant)
{
	if (!meant || cl_value_is_placeholder(v)) {
		invalid(lint, doc, v, key, expected);
		return;
	}
	cl_fire(lint, &front_matter_field_invalid, doc, v->line, v->column,
	        "'%s: %s' is not %s: did you mean '%s: %s'? (a repository that writes it so everywhere maps it: mapping.values.%s, docs/adopting.md)",
	        key, v->scalar, expected, key, meant, key);
}

static void check_version_keys(cl_lint *lint, const cl_document *doc)
{
	static const char *const keys[] = {"version", "policy_version", NULL};

	for (size_t i = 0; keys[i]; i++) {
		const cl_yaml_node *v = present(doc, keys[i]);

		/* "v1.0" means 1.0, and "1" 1.0. */
		const char *text = cl_yaml_text(v);
		char *meant = NULL;

		if (!v || (v->kind == CL_YAML_SCALAR && is_version(v->scalar)))
			continue;
		if (text && (text[0] == 'v' || text[0] == 'V'))
			text++;
		if (text && is_version(text))
			meant = cl_strdup(text);
		else if (text && *text && strspn(text, "0123456789") == strlen(text))
			meant = cl_printf("%s.0", text);
		invalid_suggesting(lint, doc, v, keys[i],
		                   "a version MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. \"1.2\"", meant);
		free(meant);
	}
}

static void check_date_keys(cl_lint *lint, const cl_document *doc)
{
	static const char *const keys[] = {"approved", "date", NULL};

	for (size_t i = 0; keys[i]; i++) {
		const cl_yaml_node *v = present(doc, keys[i]);
		cl_date d;

		if (v && (v->kind != CL_YAML_SCALAR || cl_date_parse(&d, v->scalar) < 0))
			invalid(lint, doc, v, keys[i], "a date YYYY-MM-DD naming a real day");
	}
}

static void check_list_keys(cl_lint *lint, const cl_document *doc)
{
	static const struct {
		const char *key;
		const char *expected;
	} keys[] = {
	        {"clauses", "a list of clause and control codes, e.g. [\"5.2\", \"A.5.4\"]"},
	        {"attendees", "a list of the people or roles present, e.g. [\"CEO\", \"ISMS Lead\"]"},
	};

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		const cl_yaml_node *v = present(doc, keys[i].key);
		int ok = v && v->kind == CL_YAML_SEQUENCE;

		for (size_t k = 0; ok && k < v->count; k++)
			ok = cl_yaml_text(v->items[k]) != NULL && v->items[k]->scalar[0];
		if (v && !ok)
			invalid(lint, doc, v, keys[i].key, keys[i].expected);
	}
}

/* A near miss of ours gets the type it misspells (document.c tells). */
static void invalid_type(cl_lint *lint, const cl_document *doc, const cl_yaml_node *v)
{
	const char *suggestion = cl_doc_type_suggest(cl_yaml_text(v));

	if (cl_value_is_placeholder(v))
		return;
	if (suggestion)
		cl_fire(lint, &front_matter_field_invalid, doc, v->line, v->column,
		        "'type: %s' is not a known type: did you mean 'type: %s'?", cl_yaml_text(v),
		        suggestion);
	else
		invalid(lint, doc, v, "type",
		        "a known type (policy, procedure, standard, statement, roles, review, resource-approval, acknowledgement, training, record)");
}

static void check_enum_keys(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *v = present(doc, "type");
	cl_interval interval;
	const char *text;

	if (v && doc->type == CL_TYPE_UNKNOWN)
		invalid_type(lint, doc, v);
	v = present(doc, "status");
	text = cl_yaml_text(v);
	if (v && (!text || (strcmp(text, "draft") && strcmp(text, "active") && strcmp(text, "retired"))))
		invalid_suggesting(lint, doc, v, "status", "draft, active or retired", status_meant(text));
	v = present(doc, "review_interval");
	if (v && (v->kind != CL_YAML_SCALAR || cl_interval_parse(&interval, v->scalar) < 0))
		invalid_suggesting(lint, doc, v, "review_interval",
		                   "an interval such as '12 months', '6 months' or '90 days'",
		                   interval_meant(cl_yaml_text(v)));
	v = present(doc, "framework");
	if (v && !cl_framework_known(cl_yaml_text(v)))
		invalid(lint, doc, v, "framework", "a framework clauselint knows (ISO27001:2022)");
}

static void check_requirement_note(cl_lint *lint, const cl_document *doc)
{
	const cl_yaml_node *v = present(doc, "Section");
	const char *text = cl_yaml_text(v);

	require_keys(lint, doc, requirement_keys);
	/* Another framework's sections and codes are its own (a vault may
	 * hold SOC 2 beside ISO 27001): requirement-framework-unchecked
	 * says once that they aren't judged. */
	if (cl_note_other_framework(doc))
		return;
	if (v && (!text || (strcmp(text, "Requirements") && strcmp(text, "Annex A"))))
		invalid(lint, doc, v, "Section", "'Requirements' (a clause) or 'Annex A' (a control)");
	v = present(doc, "Framework");
	if (v && !cl_yaml_text(v))
		invalid(lint, doc, v, "Framework", "a framework's name, e.g. ISO27001:2022");
	v = present(doc, "Code");
	if (v && v->kind != CL_YAML_SCALAR)
		invalid(lint, doc, v, "Code", "a single clause or control code, e.g. \"5.1\"");
}

static void check_fields(cl_lint *lint, const cl_document *doc)
{
	if (doc->type == CL_TYPE_REQUIREMENT) {
		check_requirement_note(lint, doc);
		return;
	}
	require_keys(lint, doc, common_keys);
	require_keys(lint, doc, type_keys(doc->type));
	check_enum_keys(lint, doc);
	check_text_keys(lint, doc);
	check_version_keys(lint, doc);
	check_date_keys(lint, doc);
	check_list_keys(lint, doc);
}

static void check_document(cl_lint *lint, const cl_document *doc)
{
	if (doc->unreadable) {
		cl_fire(lint, &file_unreadable, doc, doc->unreadable_line, doc->unreadable_column, "%s",
		        doc->unreadable);
		return;
	}
	if (doc->front_matter_error) {
		cl_fire(lint, &front_matter_invalid, doc, doc->front_matter_error_line,
		        doc->front_matter_error_column, "front matter can't be read: %s",
		        doc->front_matter_error);
		return;
	}
	if (doc->under_governed_glob && !doc->has_front_matter) {
		cl_fire(lint, &front_matter_field_missing, doc, 1, 1,
		        "no front matter, but documents here are governed: start the file with a '---' block giving id, title, type and owner");
		return;
	}
	if (doc->under_governed_glob && !doc->governed) {
		require_keys(lint, doc, common_keys);
		return;
	}
	if (doc->governed && doc->status != CL_STATUS_RETIRED)
		check_fields(lint, doc);
}

static void check_front_matter(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++)
		check_document(lint, lint->documents[i]);
}

const cl_rule_group cl_group_front_matter =
        CL_RULE_GROUP(check_front_matter, &file_unreadable, &front_matter_invalid,
                      &front_matter_field_missing, &front_matter_field_invalid);
