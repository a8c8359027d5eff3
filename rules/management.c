/*
 * management.c: management-review-missing, resource-approval-missing,
 * management-statement-missing, management-training-exempt.
 *
 * Clause 5.1 and control A.5.4 ask top management to lead the ISMS, not
 * just sign it: attend the management review (9.3), approve the
 * resources, state in writing that everyone applies the policies, and
 * follow them too. The finding auditors write most often under A.5.4 is
 * management exempting themselves from training; these rules look for
 * each piece of evidence, dated within the review interval.
 */
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const cl_rule management_review_missing = {
        "management-review-missing",
        CL_SEV_ERROR,
        "5.1, 9.3",
        "no management review within the review interval attended by top management",
        "What it checks: an active record of type `review` whose `date` lies within the\n"
        "review interval before today (12 months by default) and whose `attendees`\n"
        "include top management: a person of people.yml holding a\n"
        "`top_management_roles` role, by name or e-mail, or such a role by name. The\n"
        "record counts only once approved in git, as a policy is, by someone in top\n"
        "management who attended (docs/approvals.md): minutes anyone can write prove\n"
        "nothing until someone accountable signs them.\n\n"
        "Why: clause 9.3 asks top management to review the ISMS at planned intervals,\n"
        "and clause 5.1 to direct it. Minutes of a review the CEO did not attend show\n"
        "an ISMS delegated to IT, the pattern auditors look for.\n\n"
        "Passing example: records/management-review-2026-10.md:\n\n"
        "    ---\n"
        "    id: MR-2026-10\n"
        "    title: Management review, October 2026\n"
        "    type: review\n"
        "    owner: ISMS Lead\n"
        "    date: 2026-10-14\n"
        "    attendees: [Dana Whitfield, Sam Ortiz]\n"
        "    ---\n\n"
        "and then, once committed, have the CEO approve it:\n\n"
        "    git commit --allow-empty -m \"Approve MR-2026-10\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: records/management-review-2026-10.md\"\n\n"
        "How to fix: hold the management review with top management, record it, and\n"
        "have top management who attended approve the record.\n",
        CL_TAG_REPOSITORY | CL_TAG_EVIDENCE_DUE | CL_TAG_ISMS,
};

static const cl_rule resource_approval_missing = {
        "resource-approval-missing",
        CL_SEV_WARNING,
        "5.1 c",
        "no resource approval by top management within the review interval",
        "What it checks: an active record of type `resource-approval` whose `date` lies\n"
        "within the review interval before today, and whose current content is\n"
        "approved in git by someone in top management (an `Approved-by` commit, as\n"
        "for policies; approvals.required_approver for resource-approval can say\n"
        "otherwise).\n\n"
        "Why: clause 5.1 c asks top management to make the resources the ISMS needs\n"
        "available. A budget or resource plan signed off by the CEO is the evidence;\n"
        "approving policies without approving the means to carry them out is a\n"
        "classic A.5.4 finding.\n\n"
        "Passing example: records/resource-approval-2026.md with `type:\n"
        "resource-approval` and `date: 2026-02-01`, then:\n\n"
        "    git commit --allow-empty -m \"Approve the 2026 ISMS resources\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: records/resource-approval-2026.md\"\n\n"
        "How to fix: record this year's resource decision and have top management\n"
        "approve it.\n",
        CL_TAG_REPOSITORY | CL_TAG_EVIDENCE_DUE | CL_TAG_ISMS,
};

static const cl_rule management_statement_missing = {
        "management-statement-missing",
        CL_SEV_ERROR,
        "A.5.4",
        "no current, top-management-approved `statement` document",
        "What it checks: an active document of type `statement` (the senior management\n"
        "statement) whose current content is approved in git by someone in top\n"
        "management, within its review interval.\n\n"
        "Why: control A.5.4 asks management to require everyone to apply information\n"
        "security according to the policies. Auditors ask for that requirement in\n"
        "writing, signed and dated by the CEO or equivalent, and current.\n\n"
        "Passing example: policies/management-statement.md with `type: statement`,\n"
        "`approver: CEO`, `clauses: [\"A.5.4\"]`, approved by the CEO:\n\n"
        "    git commit --allow-empty -m \"Approve STM-001 1.0\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: policies/management-statement.md\"\n\n"
        "How to fix: write the statement (clauselint init writes a starter) and have\n"
        "the CEO approve it; approve it again after each change and once a year.\n",
        CL_TAG_REPOSITORY | CL_TAG_EVIDENCE_DUE | CL_TAG_ISMS,
};

static const cl_rule management_training_exempt = {
        "management-training-exempt",
        CL_SEV_ERROR,
        "A.5.4",
        "a top-management person has no training record within the interval, or has not acknowledged the current policy",
        "What it checks: every person of people.yml in top management (holding a\n"
        "`top_management_roles` role, and not gone) appears, by name or e-mail,\n"
        "- in the Person column of an active `training` record dated within the\n"
        "  review interval (the row's Date, else the record's `date`), and\n"
        "- in an `acknowledgement` record of the information security policy's\n"
        "  current version.\n"
        "A record counts only once approved in git by whoever\n"
        "`approvals.required_approver` gives its kind: top management by default\n"
        "(docs/approvals.md).\n\n"
        "Why: control A.5.4 asks management to lead by example. The most common\n"
        "finding under it is management exempting themselves from awareness training\n"
        "and from acknowledging the policies they sign.\n\n"
        "Passing example: in records/security-training-2026.md (`type: training`):\n\n"
        "    | Person         | Date       |\n"
        "    | -------------- | ---------- |\n"
        "    | Dana Whitfield | 2026-09-10 |\n\n"
        "How to fix: have the person complete the training, or acknowledge the\n"
        "policy, add their row to the record, and have top management (or the role\n"
        "the configuration names) approve the record.\n",
        CL_TAG_REPOSITORY | CL_TAG_EVIDENCE_DUE | CL_TAG_ISMS,
};

/* ---- top management ---- */

static int is_top_management_role(const cl_config *config, const char *role)
{
	for (size_t i = 0; i < config->top_management_roles.count; i++)
		if (cl_fold_eq(config->top_management_roles.items[i], role))
			return 1;
	return 0;
}

/* "CEO, Managing Director or Board": for messages. */
static void list_roles(cl_buf *out, const cl_config *config)
{
	size_t n = config->top_management_roles.count;

	for (size_t i = 0; i < n; i++)
		cl_buf_printf(out, "%s%s",
		              i == 0       ? ""
		              : i + 1 == n ? " or "
		                           : ", ",
		              config->top_management_roles.items[i]);
}

/* An attendee of a review: top management by role, or a person of the
 * registry who is top management and was there on that day. */
static int role_held_on(const cl_lint *lint, const char *role, cl_date day)
{
	for (size_t i = 0; lint->people && i < lint->people->count; i++) {
		const cl_person *p = &lint->people->items[i];

		for (size_t r = 0; r < p->roles.count; r++)
			if (cl_fold_eq(p->roles.items[r], role) && cl_person_present_on(p, day))
				return 1;
	}
	return 0;
}

static int attendee_is_top_management(const cl_lint *lint, const char *attendee, cl_date day)
{
	const cl_person *person;

	/* A role counts only when someone in top management held it that
	 * day: "CEO" in the minutes of a company without one is no one. */
	if (is_top_management_role(lint->config, attendee))
		return role_held_on(lint, attendee, day);
	person = cl_people_match(lint->people, attendee);
	return person && cl_is_top_management(lint->config, person) && cl_person_present_on(person, day);
}

static int attended_by_top_management(const cl_lint *lint, const cl_document *review, cl_date day)
{
	const cl_yaml_node *attendees = cl_document_field(review, "attendees");

	for (size_t i = 0; attendees && attendees->kind == CL_YAML_SEQUENCE && i < attendees->count; i++) {
		const char *who = cl_yaml_text(attendees->items[i]);

		if (who && attendee_is_top_management(lint, who, day))
			return 1;
	}
	return 0;
}

/* ---- records within the interval ---- */

/* The newest active record of `type` dated no later than today. */
static const cl_document *newest_record(const cl_lint *lint, cl_doc_type type, cl_date *out)
{
	const cl_document *best = NULL;

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		cl_date day;

		if (!cl_is_active(doc, type) || cl_record_date(&day, doc) < 0 ||
		    cl_date_days(day) > cl_date_days(lint->today))
			continue;
		if (!best || cl_date_days(day) > cl_date_days(*out)) {
			best = doc;
			*out = day;
		}
	}
	return best;
}

static int is_recent_record(const cl_lint *lint, const cl_document *doc, cl_doc_type type, cl_date *day)
{
	return cl_is_active(doc, type) && cl_record_date(day, doc) == 0 &&
	       cl_within_interval(*day, lint->today, lint->config->review_interval);
}

static void interval_text(char out[32], cl_interval interval)
{
	static const char *const units[] = {"day", "week", "month", "year"};

	snprintf(out, 32, "%d %s%s", interval.count, units[interval.unit], interval.count == 1 ? "" : "s");
}

/* ---- management-review-missing ---- */

/* The recent reviews: one that counts ends the search (NULL); else the
 * attended one that isn't approved evidence, or one nobody in top
 * management attended. */
static int find_recent_review(const cl_lint *lint, const cl_document **unapproved, cl_evidence_state *state,
                              const cl_document **unattended)
{
	cl_date day;

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		cl_evidence_state s;

		if (!is_recent_record(lint, doc, CL_TYPE_REVIEW, &day))
			continue;
		if (!attended_by_top_management(lint, doc, day)) {
			*unattended = doc;
			continue;
		}
		s = cl_record_evidence(lint->config, lint->people, doc);
		if (cl_is_evidence(s))
			return 1;
		*unapproved = doc;
		*state = s;
	}
	return 0;
}

static void check_management_review(cl_lint *lint)
{
	const cl_document *unapproved = NULL, *unattended = NULL, *newest;
	cl_evidence_state state = CL_EVIDENCE_UNAPPROVED;
	char interval[32], when[11];
	cl_date day;
	cl_buf roles = CL_BUF_INIT, fix = CL_BUF_INIT;

	if (find_recent_review(lint, &unapproved, &state, &unattended))
		return;
	interval_text(interval, lint->config->review_interval);
	list_roles(&roles, lint->config);
	newest = newest_record(lint, CL_TYPE_REVIEW, &day);
	if (unapproved) {
		cl_evidence_fix(&fix, lint, unapproved, state);
		cl_fire_evidence(lint, &management_review_missing, unapproved, 1,
		                 "the management review %s was attended by top management, but %s",
		                 unapproved->path, fix.ptr);
	} else if (unattended)
		cl_fire_evidence(
		        lint, &management_review_missing, unattended,
		        cl_document_field_line(unattended, "attendees"),
		        "the management review %s was attended by nobody in top management (%s): top management must attend; list them in `attendees` of the review they attend",
		        unattended->path, roles.ptr);
	else if (newest) {
		cl_date_format(when, day);
		cl_fire_evidence(
		        lint, &management_review_missing, newest, cl_document_field_line(newest, "date"),
		        "the last management review (%s, on %s) is older than the review interval (%s): hold the next one with top management and record it (type: review, date, attendees)",
		        newest->path, when, interval);
	} else
		cl_fire(lint, &management_review_missing, NULL, 1, 1,
		        "no management review in the last %s: hold one with top management (%s) and record it (type: review, date, attendees)",
		        interval, roles.ptr);
	cl_buf_free(&roles);
	cl_buf_free(&fix);
}

/* ---- approvals by top management ---- */

/* Whether the approval of a record or statement can be judged: the
 * history was read for it. Without it, nothing is said. */
static int history_known(const cl_lint *lint, const cl_document *doc)
{
	return lint->history_read && !lint->shallow && doc->history;
}

static void approve_by_top_management(cl_buf *out, const cl_lint *lint, const cl_document *doc)
{
	cl_approve_command_as(out, lint, doc, cl_top_manager_for(lint, doc), "top management");
}

/* ---- resource-approval-missing ---- */

static void check_resource_approval(cl_lint *lint)
{
	const cl_document *unapproved = NULL, *newest;
	cl_evidence_state state = CL_EVIDENCE_UNAPPROVED;
	char interval[32], when[11];
	cl_date day;
	cl_buf command = CL_BUF_INIT;

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (!is_recent_record(lint, doc, CL_TYPE_RESOURCE_APPROVAL, &day))
			continue;
		state = cl_record_evidence(lint->config, lint->people, doc);
		if (cl_is_evidence(state))
			return;
		unapproved = doc;
	}
	interval_text(interval, lint->config->review_interval);
	newest = newest_record(lint, CL_TYPE_RESOURCE_APPROVAL, &day);
	if (unapproved) {
		cl_evidence_fix(&command, lint, unapproved, state);
		cl_fire_evidence(lint, &resource_approval_missing, unapproved, 1,
		                 "%s records resources, but %s", unapproved->path, command.ptr);
	} else if (newest) {
		cl_date_format(when, day);
		cl_fire_evidence(
		        lint, &resource_approval_missing, newest, cl_document_field_line(newest, "date"),
		        "the last resource approval (%s, on %s) is older than the review interval (%s): record this period's resources (type: resource-approval, date) and have top management approve it",
		        newest->path, when, interval);
	} else
		cl_fire(lint, &resource_approval_missing, NULL, 1, 1,
		        "no resource approval in the last %s: record the ISMS budget, people and tools (type: resource-approval, date) and have top management approve it in git",
		        interval);
	cl_buf_free(&command);
}

/* ---- management-statement-missing ---- */

/* Why a statement doesn't count, or NULL when it does. */
static char *statement_problem(const cl_lint *lint, const cl_document *doc)
{
	const cl_approval *a = cl_top_management_approval(lint->config, doc);
	char when[11], due[11];
	cl_date until;

	if (!a) {
		cl_buf command = CL_BUF_INIT;
		char *text;

		approve_by_top_management(&command, lint, doc);
		text = cl_printf("%s is not approved by top management as it stands: %s", doc->path,
		                 command.ptr);
		cl_buf_free(&command);
		return text;
	}
	until = cl_date_add(a->date, cl_review_interval(lint->config, doc));
	if (cl_date_days(until) >= cl_date_days(lint->today))
		return NULL;
	cl_date_format(when, a->date);
	cl_date_format(due, until);
	return cl_printf(
	        "%s was last approved by top management on %s, and its review was due on %s: review it and have it approved again",
	        doc->path, when, due);
}

static void check_management_statement(cl_lint *lint)
{
	const cl_document *problem_doc = NULL;
	char *problem = NULL;
	int statements = 0;

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		char *why;

		if (!cl_is_active(doc, CL_TYPE_STATEMENT))
			continue;
		statements++;
		/* Whether it is approved can't be told: say nothing. */
		if (!history_known(lint, doc)) {
			free(problem);
			return;
		}
		why = statement_problem(lint, doc);
		if (!why) {
			free(problem);
			return;
		}
		if (problem) {
			free(why);
		} else {
			problem = why;
			problem_doc = doc;
		}
	}
	if (problem)
		cl_fire_evidence(lint, &management_statement_missing, problem_doc, 1,
		                 "no current senior management statement: %s", problem);
	else if (!statements)
		cl_fire(lint, &management_statement_missing, NULL, 1, 1,
		        "no senior management statement: add a document (type: statement) in which top management requires everyone to apply the security policies, and have the CEO approve it (clauselint init writes a starter)");
	free(problem);
}

/* ---- management-training-exempt ---- */

static cl_date row_date(const cl_table *table, size_t r, int date_col, cl_date record_day, int *ok)
{
	cl_date day;

	if (cl_date_parse(&day, table->cells[r][date_col]) == 0) {
		*ok = 1;
		return day;
	}
	return record_day;
}

/* Whether the records name the person: 1 when a record that is evidence
 * does; else 0, with *unproven the record that would if it were
 * approved evidence (NULL: none names them), and its state. */
typedef struct {
	const cl_document *record;
	cl_evidence_state state;
} unproven_record;

static void note_unproven(unproven_record *out, const cl_document *doc, cl_evidence_state state)
{
	if (!out->record) {
		out->record = doc;
		out->state = state;
	}
}

/* A record's Person | Date table with each row's person resolved once:
 * every top manager is looked for in every row, and resolving a cell per
 * look made the rule cubic (800 Board members, 54 s). */
typedef struct {
	const cl_table *table;
	int date_col;
	const cl_person **who; /* [table->rows] */
} roster;

/* What check_training knows of each document, judged once. */
typedef struct {
	cl_evidence_state *states;
	roster *rosters;
	size_t count;
} records;

static int trained_recently(const cl_lint *lint, const cl_person *person, const records *recs,
                            unproven_record *unproven)
{
	for (size_t i = 0; i < recs->count; i++) {
		const cl_document *doc = lint->documents[i];
		const roster *ro = &recs->rosters[i];
		int has_date;
		cl_date record_day = {0, 0, 0};

		if (!ro->table || !cl_is_active(doc, CL_TYPE_TRAINING))
			continue;
		has_date = cl_record_date(&record_day, doc) == 0;
		for (size_t r = 0; r < ro->table->rows; r++) {
			int ok = has_date;
			cl_date day;

			if (ro->who[r] != person)
				continue;
			day = row_date(ro->table, r, ro->date_col, record_day, &ok);
			if (!ok || !cl_within_interval(day, lint->today, lint->config->review_interval))
				continue;
			if (cl_is_evidence(recs->states[i]))
				return 1;
			note_unproven(unproven, doc, recs->states[i]);
		}
	}
	return 0;
}

static int acknowledged(const cl_lint *lint, const cl_person *person, const char *id, const char *version,
                        const records *recs, unproven_record *unproven)
{
	for (size_t i = 0; i < recs->count; i++) {
		const cl_document *doc = lint->documents[i];
		const roster *ro = &recs->rosters[i];

		if (!ro->table || !cl_acknowledges(doc, id, version))
			continue;
		for (size_t r = 0; r < ro->table->rows; r++) {
			if (ro->who[r] != person)
				continue;
			if (cl_is_evidence(recs->states[i]))
				return 1;
			note_unproven(unproven, doc, recs->states[i]);
		}
	}
	return 0;
}

static const char *top_role(const cl_config *config, const cl_person *person)
{
	for (size_t i = 0; i < person->roles.count; i++)
		if (is_top_management_role(config, person->roles.items[i]))
			return person->roles.items[i];
	return "top management";
}

/* Where a person's acknowledgement of policy `id` at `version` belongs:
 * the table of an active acknowledgement record of that version, or
 * else the policy's `version` line (the record is still to be made). */
static const cl_document *acknowledgement_place(const cl_lint *lint, const cl_document *policy,
                                                const char *version, int *line)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		int person, date;
		const cl_table *table;

		if (!cl_is_active(doc, CL_TYPE_ACKNOWLEDGEMENT) || !cl_acknowledges(doc, policy->id, version))
			continue;
		table = cl_find_table(doc, "person", "date", &person, &date);
		*line = table ? table->line : 1;
		return doc;
	}
	*line = cl_document_field_line(policy, "version");
	return policy;
}

/* Where a training record's new row goes: its Person | Date table, or
 * its first line. */
static int training_line(const cl_document *record)
{
	int person, date;
	const cl_table *table = record ? cl_find_table(record, "person", "date", &person, &date) : NULL;

	return table ? table->line : 1;
}

static void check_person_acknowledgements(cl_lint *lint, const cl_person *person, const records *recs)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const char *version;
		const cl_document *place;
		int line;
		unproven_record unproven = {NULL, CL_EVIDENCE_APPROVED};
		cl_buf fix = CL_BUF_INIT;

		if (!cl_is_active(doc, CL_TYPE_POLICY) || !cl_is_security_policy(doc) || !doc->id)
			continue;
		version = cl_yaml_text(cl_document_field(doc, "version"));
		if (!version || acknowledged(lint, person, doc->id, version, recs, &unproven))
			continue;
		if (unproven.record) {
			cl_evidence_fix(&fix, lint, unproven.record, unproven.state);
			cl_fire_evidence(lint, &management_training_exempt, unproven.record, 1,
			                 "%s (%s) acknowledged %s version %s in %s, but %s", person->name,
			                 top_role(lint->config, person), doc->id, version,
			                 unproven.record->path, fix.ptr);
			cl_buf_free(&fix);
			continue;
		}
		place = acknowledgement_place(lint, doc, version, &line);
		cl_fire_evidence(
		        lint, &management_training_exempt, place, line,
		        "%s (%s) has not acknowledged %s version %s: add them to the Person | Date table of an acknowledgement record with `policy: %s` and `policy_version: \"%s\"`",
		        person->name, top_role(lint->config, person), doc->id, version, doc->id, version);
	}
}

static void check_person_training(cl_lint *lint, const cl_person *person, const records *recs)
{
	unproven_record unproven = {NULL, CL_EVIDENCE_APPROVED};
	const cl_document *record;
	cl_date day;
	char interval[32];
	cl_buf fix = CL_BUF_INIT;

	if (trained_recently(lint, person, recs, &unproven))
		return;
	interval_text(interval, lint->config->review_interval);
	if (unproven.record) {
		cl_evidence_fix(&fix, lint, unproven.record, unproven.state);
		cl_fire_evidence(lint, &management_training_exempt, unproven.record, 1,
		                 "%s (%s) is in the training record %s, but %s", person->name,
		                 top_role(lint->config, person), unproven.record->path, fix.ptr);
		cl_buf_free(&fix);
		return;
	}
	record = newest_record(lint, CL_TYPE_TRAINING, &day);
	cl_fire_evidence(
	        lint, &management_training_exempt, record, training_line(record),
	        "%s (%s) has no security training in the last %s: management is not exempt; record their session in a training record (type: training) with a Person | Date row naming them",
	        person->name, top_role(lint->config, person), interval);
}

static void read_roster(roster *out, const cl_people *people, const cl_document *doc)
{
	int person_col;

	out->table = cl_find_table(doc, "person", "date", &person_col, &out->date_col);
	if (!out->table)
		return;
	out->who = cl_calloc(out->table->rows + 1, sizeof(*out->who));
	for (size_t r = 0; r < out->table->rows; r++)
		out->who[r] = cl_people_match(people, out->table->cells[r][person_col]);
}

/* Each record's standing as evidence and its roster, judged once. */
static void read_records(records *out, const cl_lint *lint)
{
	out->count = lint->document_count;
	out->states = cl_calloc(out->count + 1, sizeof(*out->states));
	out->rosters = cl_calloc(out->count + 1, sizeof(*out->rosters));
	for (size_t i = 0; i < out->count; i++) {
		const cl_document *doc = lint->documents[i];

		if (!cl_is_active(doc, CL_TYPE_TRAINING) && !cl_is_active(doc, CL_TYPE_ACKNOWLEDGEMENT))
			continue;
		out->states[i] = cl_record_evidence(lint->config, lint->people, doc);
		read_roster(&out->rosters[i], lint->people, doc);
	}
}

static void free_records(records *recs)
{
	for (size_t i = 0; i < recs->count; i++)
		free(recs->rosters[i].who);
	free(recs->rosters);
	free(recs->states);
}

static void check_training(cl_lint *lint)
{
	records recs;

	read_records(&recs, lint);
	for (size_t i = 0; lint->people && i < lint->people->count; i++) {
		const cl_person *person = &lint->people->items[i];

		if (!cl_is_top_management(lint->config, person) || !cl_person_present_on(person, lint->today))
			continue;
		check_person_training(lint, person, &recs);
		check_person_acknowledgements(lint, person, &recs);
	}
	free_records(&recs);
}

/* A training record without a Person | Date table names nobody. */
static void check_training_tables(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		int person, date;

		if (cl_is_active(doc, CL_TYPE_TRAINING) && doc->body_parsed &&
		    !cl_find_table(doc, "person", "date", &person, &date))
			cl_fire(lint, &management_training_exempt, doc, 1, 1,
			        "this training record has no table with Person and Date columns, so it records nobody: add | Person | Date | with a row per attendee");
	}
}

static void check_management(cl_lint *lint)
{
	check_management_review(lint);
	check_resource_approval(lint);
	check_management_statement(lint);
	check_training(lint);
	check_training_tables(lint);
}

const cl_rule_group cl_group_management =
        CL_RULE_GROUP(check_management, &management_review_missing, &resource_approval_missing,
                      &management_statement_missing, &management_training_exempt);
