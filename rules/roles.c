/*
 * roles.c: roles-missing, roles-mandatory-unassigned, raci-invalid,
 * roles-minimal, role-unknown.
 *
 * Clause 5.3: top management assigns ISMS responsibilities and
 * authorities, and two of them by name: (a) ensuring the ISMS conforms
 * to the standard, (b) reporting on its performance to top management.
 * Auditors read the RACI matrix for both, check every activity has one
 * accountable owner and someone doing the work, and ask whether the roles
 * in it are held by real people.
 */
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const cl_rule roles_missing = {
        "roles-missing",
        CL_SEV_ERROR,
        "5.3",
        "no active `roles` document",
        "What it checks: the repository has an active document of type `roles`: the\n"
        "roles, responsibilities and authorities of the ISMS, with a RACI table.\n\n"
        "Why: clause 5.3 asks top management to assign and communicate ISMS roles.\n"
        "Without a written assignment, an auditor finds that responsibilities are\n"
        "whatever people remember.\n\n"
        "Passing example: front matter of policies/roles-and-responsibilities.md:\n\n"
        "    ---\n"
        "    id: ROL-001\n"
        "    title: ISMS Roles and Responsibilities\n"
        "    type: roles\n"
        "    owner: ISMS Lead\n"
        "    version: \"1.0\"\n"
        "    approver: CEO\n"
        "    clauses: [\"5.3\"]\n"
        "    ---\n\n"
        "How to fix: add such a document with a RACI table (clauselint init writes a\n"
        "starter) and have top management approve it.\n",
        CL_TAG_REPOSITORY | CL_TAG_ISMS,
};

static const cl_rule roles_mandatory_unassigned = {
        "roles-mandatory-unassigned",
        CL_SEV_ERROR,
        "5.3 a, b",
        "the responsibilities \"ISMS conforms to the standard\" and \"reporting ISMS performance to top management\" are not both assigned",
        "What it checks: the RACI table of the roles document has a row for each of\n"
        "the two responsibilities clause 5.3 names, with someone Accountable or\n"
        "Responsible: (a) an activity with a word beginning \"conform\" (ensure the\n"
        "ISMS conforms to ISO/IEC 27001; \"nonconformities\" is another activity), (b)\n"
        "one with words beginning \"report\" and \"performance\" (report on the\n"
        "performance of the ISMS to top management). `roles_content` in\n"
        ".clauselint.yml sets other words.\n\n"
        "Why: clause 5.3 a and b are the two assignments the standard makes mandatory.\n"
        "An auditor asks \"who makes sure the ISMS conforms, and who reports on it to\n"
        "top management?\" and expects a role for each, in writing.\n\n"
        "Passing example:\n\n"
        "    | Activity                                         | CEO | ISMS Lead |\n"
        "    | ------------------------------------------------ | --- | --------- |\n"
        "    | Ensure the ISMS conforms to ISO/IEC 27001         | A   | R         |\n"
        "    | Report on ISMS performance to top management      | I   | A/R       |\n\n"
        "How to fix: add the missing row to the RACI table and have the roles document\n"
        "approved again.\n",
        CL_TAG_ISMS,
};

static const cl_rule raci_invalid = {
        "raci-invalid",
        CL_SEV_ERROR,
        "5.3",
        "a RACI row has no or several `A`, no `R`, or an unknown letter",
        "What it checks: every row of a roles document's RACI table (first column the\n"
        "activity, the others roles) has exactly one Accountable (A), at least one\n"
        "Responsible (R), and cells made only of R, A, C and I. A cell may combine\n"
        "letters: `A/R`, `R, C`. An empty cell or `-` means no part. A leading column\n"
        "of row numbers (headed `#`, `No.`, `Ref`, or numbers all down) comes before\n"
        "the activity, and a legend row (`Legend`, or cells such as `R = Responsible`)\n"
        "is no activity.\n\n"
        "Why: clause 5.3 asks for responsibilities and authorities that are clear.\n"
        "Two accountable roles means nobody is; an activity nobody is responsible for\n"
        "doesn't get done. Auditors test a RACI table exactly this way.\n\n"
        "Passing example:\n\n"
        "    | Activity                     | CEO | ISMS Lead | IT Manager |\n"
        "    | ---------------------------- | --- | --------- | ---------- |\n"
        "    | Manage the risk register     | I   | A         | R          |\n\n"
        "How to fix: give the row exactly one A and at least one R, and replace other\n"
        "letters (RASCI's S, for instance) with R, C or I.\n",
        CL_TAG_ISMS,
};

static const cl_rule roles_minimal = {
        "roles-minimal",
        CL_SEV_WARNING,
        "5.3",
        "only the two mandatory responsibilities are defined",
        "What it checks: the RACI tables define more than two activities.\n\n"
        "Why: clause 5.3 names two responsibilities, but they are a floor. An ISMS\n"
        "also needs someone to approve the policy, manage risks, run the internal\n"
        "audit and the management review, and respond to incidents; auditors frown\n"
        "at a roles document that assigns only what the standard spells out.\n\n"
        "Passing example: besides the two rows of 5.3 a and b:\n\n"
        "    | Approve the information security policy | A   | R         |\n"
        "    | Manage the risk register                | I   | A/R       |\n"
        "    | Conduct the internal audit              | I   | A/R       |\n\n"
        "How to fix: add the ISMS activities your organisation performs, or switch the\n"
        "rule off (`rules: { roles-minimal: off }`) if two really are enough.\n",
        CL_TAG_ISMS,
};

static const cl_rule role_unknown = {
        "role-unknown",
        CL_SEV_WARNING,
        "5.3",
        "a role in the roles document is held by nobody in the people registry",
        "What it checks: every role heading a column of a RACI table is held by someone\n"
        "in people.yml (compared without regard to case). A role is reported once per\n"
        "document, at the first table it heads.\n\n"
        "Why: clause 5.3 asks that roles be assigned. A role that nobody holds is an\n"
        "assignment to nobody: the auditor asks who the CISO is, and there isn't one.\n\n"
        "Passing example: the RACI column `ISMS Lead`, and in people.yml:\n\n"
        "    - name: Sam Ortiz\n"
        "      email: sam@example.com\n"
        "      roles: [ISMS Lead]\n\n"
        "How to fix: add the role to the person who holds it in people.yml, or rename\n"
        "the column to a role someone holds.\n",
        CL_TAG_ISMS,
};

/* ---- RACI cells ---- */

typedef struct {
	int accountable; /* the cell has an A */
	int responsible; /* an R */
	char unknown;    /* the first letter that isn't R, A, C or I, or 0 */
} raci_cell;

static int is_separator(unsigned char c)
{
	return isspace(c) || c == '/' || c == ',' || c == '+' || c == '&' || c == ';';
}

static raci_cell read_cell(const char *text)
{
	raci_cell cell = {0, 0, 0};

	/* "-" and "–" are a blank part, as RACI tables write it. */
	if (strcmp(text, "-") == 0 || strcmp(text, "\xe2\x80\x93") == 0 || strcmp(text, "\xe2\x80\x94") == 0)
		return cell;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		int c = toupper(*p);

		if (is_separator(*p))
			continue;
		if (c == 'A')
			cell.accountable = 1;
		else if (c == 'R')
			cell.responsible = 1;
		else if (c != 'C' && c != 'I' && !cell.unknown)
			cell.unknown = (char)*p;
	}
	return cell;
}

static int is_raci_text(const char *text)
{
	raci_cell cell = read_cell(text);

	return !cell.unknown && (cell.accountable || cell.responsible || strpbrk(text, "CIci"));
}

/* "1", "2.", "1.2", "A.5.1": a row number or a clause reference. */
static int is_number_cell(const char *text)
{
	const char *p = text;

	if (isalpha((unsigned char)p[0]) && p[1] == '.')
		p += 2;
	if (!isdigit((unsigned char)*p))
		return 0;
	for (; *p; p++)
		if (!isdigit((unsigned char)*p) && *p != '.')
			return 0;
	return 1;
}

static int is_number_heading(const char *text)
{
	static const char *const headings[] = {"#",   "no",   "no.", "nr",   "nr.", "n°",
	                                       "ref", "ref.", "id",  "step", NULL};

	for (size_t i = 0; headings[i]; i++)
		if (cl_fold_eq(text, headings[i]))
			return 1;
	return 0;
}

/* A leading column of row numbers (`#`, `No.`, or numbers all down) is
 * not the activity: people number their RACI rows. */
static int is_number_column(const cl_table *table, size_t c)
{
	size_t numbers = 0;

	if (is_number_heading(table->header[c]))
		return 1;
	for (size_t r = 0; r < table->rows; r++) {
		if (*table->cells[r][c] && !is_number_cell(table->cells[r][c]))
			return 0;
		numbers += *table->cells[r][c] != '\0';
	}
	return numbers > 0;
}

/* The activity column: the first that isn't row numbers. The role
 * columns follow it. */
static size_t activity_column(const cl_table *table)
{
	size_t c = 0;

	while (c + 2 < table->columns && is_number_column(table, c))
		c++;
	return c;
}

/* A legend row explains the letters instead of assigning them: its first
 * cell says "Legend" or "Key", or a cell reads "R = Responsible". */
static int is_legend_row(const cl_table *table, size_t r)
{
	for (size_t c = 0; c < table->columns; c++) {
		const char *cell = table->cells[r][c];
		const char *eq = strchr(cell, '=');

		if (c == 0 &&
		    (cl_fold_eq(cell, "legend") || cl_fold_eq(cell, "key") || cl_fold_eq(cell, "legend:")))
			return 1;
		if (eq && strchr("RACIraci", cell[0]) && cell[0] &&
		    strspn(cell + 1, " ") == (size_t)(eq - cell - 1))
			return 1;
	}
	return 0;
}

/* A RACI table: an activity column and role columns, with at least one
 * cell that reads as RACI letters. */
static int is_raci_table(const cl_table *table)
{
	if (table->columns < 2)
		return 0;
	for (size_t r = 0; r < table->rows; r++)
		for (size_t c = activity_column(table) + 1; c < table->columns; c++)
			if (*table->cells[r][c] && is_raci_text(table->cells[r][c]))
				return 1;
	return 0;
}

static int is_roles_document(const cl_document *doc)
{
	return cl_is_active(doc, CL_TYPE_ROLES) && doc->body_parsed;
}

/* ---- raci-invalid ---- */

static void report_row(cl_lint *lint, const cl_document *doc, const cl_table *table, size_t r)
{
	size_t first_role = activity_column(table) + 1;
	const char *activity = table->cells[r][first_role - 1];
	int line = table->row_lines[r];
	size_t accountable = 0, responsible = 0;
	cl_buf who = CL_BUF_INIT;

	for (size_t c = first_role; c < table->columns; c++) {
		raci_cell cell = read_cell(table->cells[r][c]);

		/* In a combined cell, say which letter: the R of 'R/S' is fine. */
		if (cell.unknown && strlen(table->cells[r][c]) > 1 && (unsigned char)cell.unknown < 0x80)
			cl_fire(lint, &raci_invalid, doc, line, 1,
			        "'%s' in column '%s' of \"%s\" has '%c', which is not a RACI letter: use R, A, C or I (combined as A/R)",
			        table->cells[r][c], table->header[c], activity, cell.unknown);
		else if (cell.unknown)
			cl_fire(lint, &raci_invalid, doc, line, 1,
			        "'%s' in column '%s' of \"%s\" is not a RACI letter: use R, A, C or I (combined as A/R)",
			        table->cells[r][c], table->header[c], activity);
		if (cell.accountable)
			cl_buf_printf(&who, "%s%s", accountable++ ? ", " : "", table->header[c]);
		responsible += (size_t)cell.responsible;
	}
	if (!*activity)
		cl_fire(lint, &raci_invalid, doc, line, 1,
		        "a RACI row without an activity: name the activity in the first column");
	if (accountable == 0)
		cl_fire(lint, &raci_invalid, doc, line, 1,
		        "\"%s\" has nobody accountable: mark exactly one role A", activity);
	else if (accountable > 1)
		cl_fire(lint, &raci_invalid, doc, line, 1,
		        "\"%s\" has %zu accountable roles (%s): exactly one role is A, the others R, C or I",
		        activity, accountable, who.ptr);
	if (responsible == 0)
		cl_fire(lint, &raci_invalid, doc, line, 1,
		        "\"%s\" has nobody responsible: mark at least one role R (A/R when the accountable role does the work)",
		        activity);
	cl_buf_free(&who);
}

/* ---- role-unknown ---- */

/* Columns for everyone, or for top management as a body, are held by
 * whoever is in the organisation: no one person needs the role. */
static int is_collective_role(const cl_lint *lint, const char *role)
{
	static const char *const everyone[] = {"all staff", "all employees", "all personnel", "all users",
	                                       "everyone",  "employees",     "staff",         NULL};

	for (size_t i = 0; everyone[i]; i++)
		if (cl_fold_eq(role, everyone[i]))
			return 1;
	if (!cl_fold_eq(role, "top management"))
		return 0;
	for (size_t i = 0; lint->people && i < lint->people->count; i++)
		if (cl_is_top_management(lint->config, &lint->people->items[i]))
			return 1;
	return 0;
}

/* Each role once per document, at its first table: a document of seven
 * RACI tables has each unknown role once, not seven times. */
static void check_role_columns(cl_lint *lint, const cl_document *doc, const cl_table *table, cl_map *reported)
{
	for (size_t c = activity_column(table) + 1; c < table->columns; c++) {
		const char *role = table->header[c];
		char *folded;

		if (!*role || cl_people_role_held(lint->people, role) || is_collective_role(lint, role))
			continue;
		folded = cl_fold(role);
		if (!cl_map_gets(reported, folded)) {
			cl_map_puts(reported, folded, (void *)1);
			cl_fire(lint, &role_unknown, doc, table->line, 1,
			        "role '%s' in the RACI table is held by nobody in %s: add it to the roles of the person who holds it, or use a role someone holds",
			        role, lint->people && lint->people->path ? lint->people->path : "people.yml");
		}
		free(folded);
	}
}

/* ---- the two mandatory responsibilities ---- */

typedef struct {
	const cl_document *first_doc; /* where findings about all of them go */
	size_t activities;
	int conformance, performance; /* 5.3 a and b assigned */
} roles_summary;

static int matches_any(const char *activity, const cl_strvec *entries)
{
	for (size_t i = 0; i < entries->count; i++)
		if (cl_fold_has_words(activity, entries->items[i]))
			return 1;
	return 0;
}

static int row_assigned(const cl_table *table, size_t r)
{
	for (size_t c = activity_column(table) + 1; c < table->columns; c++) {
		raci_cell cell = read_cell(table->cells[r][c]);

		if (cell.accountable || cell.responsible)
			return 1;
	}
	return 0;
}

static void summarise_row(roles_summary *sum, const cl_config *config, const cl_table *table, size_t r)
{
	const char *activity = table->cells[r][activity_column(table)];

	if (!*activity)
		return;
	sum->activities++;
	if (!row_assigned(table, r))
		return;
	if (matches_any(activity, &config->conformance_activities))
		sum->conformance = 1;
	if (matches_any(activity, &config->performance_activities))
		sum->performance = 1;
}

static void check_roles_document(cl_lint *lint, const cl_document *doc, roles_summary *sum)
{
	cl_map reported = {0};

	if (!sum->first_doc)
		sum->first_doc = doc;
	for (size_t t = 0; t < doc->table_count; t++) {
		const cl_table *table = &doc->tables[t];

		if (!is_raci_table(table))
			continue;
		check_role_columns(lint, doc, table, &reported);
		for (size_t r = 0; r < table->rows; r++) {
			if (is_legend_row(table, r))
				continue;
			report_row(lint, doc, table, r);
			summarise_row(sum, lint->config, table, r);
		}
	}
	cl_map_free(&reported);
}

static void report_mandatory(cl_lint *lint, const roles_summary *sum)
{
	const cl_document *doc = sum->first_doc;
	int line = cl_document_field_line(doc, "type");

	if (!sum->activities) {
		cl_fire(lint, &roles_mandatory_unassigned, doc, line, 1,
		        "the roles document has no RACI table (an Activity column, then one column per role, cells R, A, C, I), so neither responsibility of clause 5.3 a and b is assigned");
		return;
	}
	if (!sum->conformance)
		cl_fire(lint, &roles_mandatory_unassigned, doc, line, 1,
		        "no RACI row assigns clause 5.3 a, ensuring the ISMS conforms to ISO/IEC 27001: add a row such as | Ensure the ISMS conforms to ISO/IEC 27001 | A | R | with a role accountable");
	if (!sum->performance)
		cl_fire(lint, &roles_mandatory_unassigned, doc, line, 1,
		        "no RACI row assigns clause 5.3 b, reporting on the performance of the ISMS to top management: add a row such as | Report on ISMS performance to top management | I | A/R |");
}

static const cl_document *first_draft_roles(const cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (doc->type == CL_TYPE_ROLES && doc->status == CL_STATUS_DRAFT && cl_document_in_scope(doc))
			return doc;
	}
	return NULL;
}

/* A draft is what the author will look at: "add one" would send them
 * looking for a document they already have. */
static void report_missing(cl_lint *lint)
{
	const cl_document *draft = first_draft_roles(lint);

	if (draft)
		cl_fire_evidence(
		        lint, &roles_missing, draft, cl_document_field_line(draft, "status"),
		        "no roles and responsibilities document is in force: %s is a draft; remove `status: draft` and have it approved by top management",
		        draft->path);
	else
		cl_fire(lint, &roles_missing, NULL, 1, 1,
		        "no roles and responsibilities document: add one (type: roles) with a RACI table assigning the ISMS responsibilities, approved by top management (clauselint init writes a starter)");
}

static void check_roles(cl_lint *lint)
{
	roles_summary sum = {NULL, 0, 0, 0};

	for (size_t i = 0; i < lint->document_count; i++)
		if (is_roles_document(lint->documents[i]))
			check_roles_document(lint, lint->documents[i], &sum);
	if (!sum.first_doc) {
		report_missing(lint);
		return;
	}
	report_mandatory(lint, &sum);
	if (sum.activities > 0 && sum.activities <= 2)
		cl_fire(lint, &roles_minimal, sum.first_doc, cl_document_field_line(sum.first_doc, "type"), 1,
		        "the RACI table defines only %zu responsibilit%s: add the other ISMS activities (approve the policy, manage risks, internal audit, management review, incident response)",
		        sum.activities, sum.activities == 1 ? "y" : "ies");
}

const cl_rule_group cl_group_roles = CL_RULE_GROUP(check_roles, &roles_missing, &roles_mandatory_unassigned,
                                                   &raci_invalid, &roles_minimal, &role_unknown);
