/*
 * policy.c: policy-missing, policy-commitment-missing,
 * policy-objectives-missing, policy-not-communicated.
 *
 * Clause 5.2 says what the information security policy must contain:
 * objectives or a framework for setting them (b), a commitment to satisfy
 * applicable requirements (c) and one to continual improvement (d); and
 * that it is communicated. Auditors read the policy for exactly these
 * and ask for the acknowledgement records; a policy without them is a
 * nonconformity however well it is approved.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const cl_rule policy_missing = {
        "policy-missing",
        CL_SEV_ERROR,
        "5.2",
        "no active `policy` document claims clause 5.2",
        "What it checks: the repository has an active document of type `policy` whose\n"
        "`clauses` list \"5.2\": the information security policy.\n\n"
        "Why: clause 5.2 asks top management to establish an information security\n"
        "policy. It is the first document an auditor asks for; every other rule about\n"
        "the policy needs to know which document it is.\n\n"
        "Passing example: front matter of policies/information-security-policy.md:\n\n"
        "    ---\n"
        "    id: POL-001\n"
        "    title: Information Security Policy\n"
        "    type: policy\n"
        "    owner: ISMS Lead\n"
        "    version: \"1.0\"\n"
        "    approver: CEO\n"
        "    clauses: [\"5.2\", \"A.5.1\"]\n"
        "    ---\n\n"
        "How to fix: add the policy with `clauses: [\"5.2\"]` (clauselint init writes a\n"
        "starter), or add \"5.2\" to the clauses of the policy you have. A draft or\n"
        "retired policy does not count.\n",
        CL_TAG_REPOSITORY | CL_TAG_ISMS,
};

static const cl_rule policy_commitment_missing = {
        "policy-commitment-missing",
        CL_SEV_ERROR,
        "5.2 c, d",
        "the information security policy lacks the commitment to satisfy applicable requirements, or to continual improvement",
        "What it checks: the information security policy (a policy claiming 5.2)\n"
        "contains a commitment to satisfy applicable requirements and a commitment to\n"
        "continual improvement of the ISMS. The text is searched without regard to case\n"
        "or line breaks for common wordings (\"applicable requirements\", \"legal,\n"
        "regulatory and contractual requirements\"; \"continual improvement\",\n"
        "\"continuously improve\"). `policy_content` in .clauselint.yml sets your own.\n\n"
        "Why: clause 5.2 c and d require both commitments in the policy itself, in\n"
        "words. Auditors look for the sentences; a policy that leaves them out is a\n"
        "nonconformity even when the organisation does both.\n\n"
        "Passing example: a section of the policy:\n\n"
        "    ## Commitments\n\n"
        "    Top management commits to satisfy applicable requirements related to\n"
        "    information security, legal, regulatory and contractual, and to the\n"
        "    continual improvement of the ISMS.\n\n"
        "How to fix: add the sentence the finding names, then have the policy approved\n"
        "again.\n",
        CL_TAG_ISMS,
};

static const cl_rule policy_objectives_missing = {
        "policy-objectives-missing",
        CL_SEV_ERROR,
        "5.2 b",
        "the policy has neither objectives nor a framework for setting them",
        "What it checks: the information security policy states information security\n"
        "objectives or the framework for setting them: a heading with \"objectives\" in\n"
        "it, or a phrase such as \"information security objectives\" or \"framework for\n"
        "setting\". `policy_content` in .clauselint.yml sets your own.\n\n"
        "Why: clause 5.2 b. Objectives turn a policy into something that can be\n"
        "measured (clause 6.2); auditors check that the policy either lists them or\n"
        "says how they are set and reviewed.\n\n"
        "Passing example:\n\n"
        "    ## Information security objectives\n\n"
        "    Objectives are set each year in the management review, are measurable,\n"
        "    and are tracked in the ISMS objectives register.\n\n"
        "How to fix: add such a section and have the policy approved again.\n",
        CL_TAG_ISMS,
};

static const cl_rule policy_not_communicated = {
        "policy-not-communicated",
        CL_SEV_WARNING,
        "5.2",
        "no acknowledgement record covers the policy's current version",
        "What it checks: for the information security policy's current `version`, an\n"
        "acknowledgement record exists: type `acknowledgement`, `policy` the policy's\n"
        "id, `policy_version` its version, and a table with Person and Date columns\n"
        "listing who acknowledged it, approved in git by top management or by the\n"
        "role `approvals.required_approver` gives acknowledgements (docs/approvals.md).\n\n"
        "Why: clause 5.2 asks that the policy be communicated within the organisation.\n"
        "\"It is on the intranet\" is not evidence; auditors ask who read which version\n"
        "and when. A new version needs new acknowledgements.\n\n"
        "Passing example: records/acknowledgement-POL-001-1.1.md:\n\n"
        "    ---\n"
        "    id: ACK-POL-001-1.1\n"
        "    title: Acknowledgements of POL-001 1.1\n"
        "    type: acknowledgement\n"
        "    owner: ISMS Lead\n"
        "    policy: POL-001\n"
        "    policy_version: \"1.1\"\n"
        "    ---\n\n"
        "    | Person         | Date       |\n"
        "    | -------------- | ---------- |\n"
        "    | Dana Whitfield | 2026-03-04 |\n\n"
        "How to fix: circulate the current version, record the acknowledgements, and\n"
        "have the record approved.\n",
        CL_TAG_APPROVAL_STATE | CL_TAG_ISMS,
};

/* The active information security policies: policies claiming 5.2. */
static int is_policy_in_force(const cl_document *doc)
{
	return cl_is_active(doc, CL_TYPE_POLICY) && cl_is_security_policy(doc);
}

static const cl_document *first_draft_policy(const cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (doc->type == CL_TYPE_POLICY && doc->status == CL_STATUS_DRAFT &&
		    cl_document_in_scope(doc) && cl_is_security_policy(doc))
			return doc;
	}
	return NULL;
}

static void check_policy_present(cl_lint *lint)
{
	const cl_document *draft;

	for (size_t i = 0; i < lint->document_count; i++)
		if (is_policy_in_force(lint->documents[i]))
			return;
	draft = first_draft_policy(lint);
	if (draft)
		cl_fire_evidence(
		        lint, &policy_missing, draft, cl_document_field_line(draft, "status"),
		        "no information security policy is in force: %s claims clause 5.2 but is a draft; remove `status: draft` and have it approved by top management",
		        draft->path);
	else
		cl_fire(lint, &policy_missing, NULL, 1, 1,
		        "no information security policy: add a document with `type: policy` and `clauses: [\"5.2\"]`, approved by top management (clauselint init writes a starter)");
}

static int contains_any(const char *text, const cl_strvec *phrases)
{
	for (size_t i = 0; text && i < phrases->count; i++)
		if (strstr(text, phrases->items[i]))
			return 1;
	return 0;
}

static int mentions_any(const cl_document *doc, const cl_strvec *phrases)
{
	for (size_t i = 0; i < phrases->count; i++)
		if (cl_document_mentions(doc, phrases->items[i]))
			return 1;
	return 0;
}

static int has_objectives_heading(const cl_document *doc, const cl_strvec *words)
{
	for (size_t h = 0; h < doc->headings.count; h++) {
		char *heading = cl_fold(doc->headings.items[h]);
		int found = contains_any(heading, words);

		free(heading);
		if (found)
			return 1;
	}
	return 0;
}

/* ---- what to add ---- */

static int folded_contains_any(const char *text, const cl_strvec *phrases)
{
	char *folded = cl_fold(text);
	int found = contains_any(folded, phrases);

	free(folded);
	return found;
}

/* "\"a\", \"b\" or \"c\"" */
static void list_phrases(cl_buf *out, const cl_strvec *phrases)
{
	size_t n = phrases->count;

	for (size_t i = 0; i < n; i++)
		cl_buf_printf(out, "%s\"%s\"", i == 0 ? "" : i + 1 == n ? " or " : ", ", phrases->items[i]);
}

static const char *config_name(const cl_lint *lint)
{
	const cl_config *config = lint->config;

	return config->display_path ? config->display_path : config->path ? config->path : ".clauselint.yml";
}

/* The document's language, as its front matter names it (`lang`, or
 * `language`): it picks the built-in wordings (config.h). */
static const char *doc_lang(const cl_document *doc)
{
	const char *lang = cl_yaml_text(cl_document_field(doc, "lang"));

	return lang ? lang : cl_yaml_text(cl_document_field(doc, "language"));
}

static cl_lang lang_of(const cl_lint *lint, const cl_document *doc)
{
	int lang = cl_lang_parse(doc_lang(doc));

	return lang >= 0 ? (cl_lang)lang : lint->config->language;
}

/* The example sentences, in each language the wordings ship in. */
static const char *const requirements_example[CL_LANGS] = {
        [CL_LANG_EN] =
                "We commit to satisfy applicable requirements related to information security, legal, regulatory and contractual.",
        [CL_LANG_DE] =
                "Wir verpflichten uns zur Erfüllung der zutreffenden Anforderungen in Bezug auf Informationssicherheit.",
};
static const char *const improvement_example[CL_LANGS] = {
        [CL_LANG_EN] =
                "We commit to the continual improvement of the information security management system.",
        [CL_LANG_DE] =
                "Wir verpflichten uns zur fortlaufenden Verbesserung des Informationssicherheitsmanagementsystems.",
};
static const char *const objectives_heading[CL_LANGS] = {
        [CL_LANG_EN] = "Information security objectives",
        [CL_LANG_DE] = "Informationssicherheitsziele",
};

/* What to write so that the policy passes: the example sentence when it
 * contains a phrase the configuration looks for (always so with the
 * defaults), else the configured phrases; and the setting that adapts
 * the rule to the policy's own words, since a policy may well say it in
 * words no list has. */
static void sentence_to_add(cl_buf *out, const cl_lint *lint, const char *example, const cl_strvec *phrases,
                            cl_phrase_kind kind)
{
	const char *key = cl_phrase_key(kind);

	if (folded_contains_any(example, phrases)) {
		cl_buf_printf(
		        out,
		        "add a sentence such as \"%s\", or list the policy's own wording in policy_content.%s (%s)",
		        example, key, config_name(lint));
		return;
	}
	if (!phrases->count) {
		cl_buf_printf(
		        out,
		        "policy_content.%s in %s lists no phrase, so no sentence can satisfy it: give it one",
		        key, config_name(lint));
		return;
	}
	cl_buf_puts(out, "add a sentence with ");
	list_phrases(out, phrases);
	cl_buf_printf(out, " in it (policy_content.%s in %s)", key, config_name(lint));
}

static void check_commitments(cl_lint *lint, const cl_document *doc)
{
	const cl_config *config = lint->config;
	const cl_strvec *requirements = cl_config_phrases(config, CL_PHRASES_REQUIREMENTS, doc_lang(doc));
	const cl_strvec *improvement = cl_config_phrases(config, CL_PHRASES_IMPROVEMENT, doc_lang(doc));
	cl_lang lang = lang_of(lint, doc);
	int line = cl_document_field_line(doc, "clauses");
	cl_buf fix = CL_BUF_INIT;

	if (!mentions_any(doc, requirements)) {
		sentence_to_add(&fix, lint, requirements_example[lang], requirements,
		                CL_PHRASES_REQUIREMENTS);
		cl_fire(lint, &policy_commitment_missing, doc, line, 1,
		        "the information security policy has no commitment to satisfy applicable requirements (clause 5.2 c): %s",
		        fix.ptr);
		cl_buf_free(&fix);
	}
	if (!mentions_any(doc, improvement)) {
		sentence_to_add(&fix, lint, improvement_example[lang], improvement, CL_PHRASES_IMPROVEMENT);
		cl_fire(lint, &policy_commitment_missing, doc, line, 1,
		        "the information security policy has no commitment to continual improvement of the ISMS (clause 5.2 d): %s",
		        fix.ptr);
		cl_buf_free(&fix);
	}
}

static void objectives_fix(cl_buf *fix, const cl_lint *lint, const char *heading, const cl_strvec *headings,
                           const cl_strvec *phrases)
{
	if (folded_contains_any(heading, headings) || folded_contains_any(heading, phrases)) {
		cl_buf_printf(
		        fix,
		        "add a section \"## %s\" listing them, or saying how they are set and reviewed (or list the policy's own wording in policy_content.objectives, %s)",
		        heading, config_name(lint));
		return;
	}
	cl_buf_puts(fix, "add");
	if (headings->count) {
		cl_buf_puts(fix, " a section whose heading has ");
		list_phrases(fix, headings);
		cl_buf_puts(fix, " in it");
	}
	if (headings->count && phrases->count)
		cl_buf_puts(fix, ", or");
	if (phrases->count) {
		cl_buf_puts(fix, " a sentence with ");
		list_phrases(fix, phrases);
		cl_buf_puts(fix, " in it");
	}
	cl_buf_printf(fix, " (policy_content.objectives_headings and objectives in %s)", config_name(lint));
}

static void check_objectives(cl_lint *lint, const cl_document *doc)
{
	const cl_config *config = lint->config;
	const cl_strvec *headings = cl_config_phrases(config, CL_PHRASES_OBJECTIVES_HEADINGS, doc_lang(doc));
	const cl_strvec *phrases = cl_config_phrases(config, CL_PHRASES_OBJECTIVES, doc_lang(doc));
	cl_buf fix = CL_BUF_INIT;

	if (has_objectives_heading(doc, headings) || mentions_any(doc, phrases))
		return;
	objectives_fix(&fix, lint, objectives_heading[lang_of(lint, doc)], headings, phrases);
	cl_fire(lint, &policy_objectives_missing, doc, cl_document_field_line(doc, "clauses"), 1,
	        "the information security policy states no information security objectives and no framework for setting them (clause 5.2 b): %s",
	        fix.ptr);
	cl_buf_free(&fix);
}

/* ---- policy-not-communicated ---- */

/* The active acknowledgement records, by the policy they name, found
 * once: looking through every document for each policy made the rule
 * quadratic (25 million calls at 5,000 documents, issue 15). */
typedef struct {
	const char *policy;
	const cl_document *record;
} acknowledgement;

typedef struct {
	acknowledgement *items;
	size_t count;
} acknowledgements;

static int compare_acknowledgements(const void *a, const void *b)
{
	const acknowledgement *x = a, *y = b;
	int c = strcmp(x->policy, y->policy);

	if (c)
		return c;
	return strcmp(x->record->path, y->record->path);
}

static void index_acknowledgements(acknowledgements *out, const cl_lint *lint)
{
	out->items = cl_calloc(lint->document_count + 1, sizeof(*out->items));
	out->count = 0;
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *record = lint->documents[i];
		const char *policy;

		if (!cl_is_active(record, CL_TYPE_ACKNOWLEDGEMENT))
			continue;
		policy = cl_yaml_text(cl_document_field(record, "policy"));
		if (!policy)
			continue;
		out->items[out->count].policy = policy;
		out->items[out->count].record = record;
		out->count++;
	}
	qsort(out->items, out->count, sizeof(*out->items), compare_acknowledgements);
}

/* The first record naming policy `id`: its index, or acks->count. */
static size_t first_acknowledgement(const acknowledgements *acks, const char *id)
{
	size_t lo = 0, hi = acks->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(acks->items[mid].policy, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The acknowledgement records of this policy: how many cover the
 * version, with at least one person in their table, and are evidence
 * (model/evidence.h). *other_version: a version other records cover;
 * *unproven: one that covers it but isn't evidence. */
static size_t count_acknowledgements(const cl_lint *lint, const acknowledgements *acks, const char *id,
                                     const char *version, const char **other_version,
                                     const cl_document **unproven, cl_evidence_state *state)
{
	size_t n = 0;

	for (size_t i = first_acknowledgement(acks, id);
	     i < acks->count && strcmp(acks->items[i].policy, id) == 0; i++) {
		const cl_document *record = acks->items[i].record;
		int person, date;
		const cl_table *table;
		cl_evidence_state s;

		if (!cl_acknowledges(record, id, version)) {
			*other_version = cl_yaml_text(cl_document_field(record, "policy_version"));
			continue;
		}
		table = cl_find_table(record, "person", "date", &person, &date);
		if (!table || !table->rows)
			continue;
		s = cl_record_evidence(lint->config, lint->people, record);
		if (cl_is_evidence(s)) {
			n++;
		} else if (!*unproven) {
			*unproven = record;
			*state = s;
		}
	}
	return n;
}

static void check_communicated(cl_lint *lint, const acknowledgements *acks, const cl_document *doc)
{
	const char *version = cl_yaml_text(cl_document_field(doc, "version"));
	const char *other = NULL;
	const cl_document *unproven = NULL;
	cl_evidence_state state = CL_EVIDENCE_APPROVED;
	cl_buf fix = CL_BUF_INIT;

	if (!doc->id || !version ||
	    count_acknowledgements(lint, acks, doc->id, version, &other, &unproven, &state))
		return;
	if (unproven) {
		cl_evidence_fix(&fix, lint, unproven, state);
		cl_fire(lint, &policy_not_communicated, doc, cl_document_field_line(doc, "version"), 1,
		        "%s records who has read %s version %s, but %s", unproven->path, doc->id, version,
		        fix.ptr);
		cl_buf_free(&fix);
	} else if (other)
		cl_fire(lint, &policy_not_communicated, doc, cl_document_field_line(doc, "version"), 1,
		        "version %s of %s has not been acknowledged (the records cover version %s): circulate it and add an acknowledgement record with `policy: %s` and `policy_version: \"%s\"`",
		        version, doc->id, other, doc->id, version);
	else
		cl_fire(lint, &policy_not_communicated, doc, cl_document_field_line(doc, "version"), 1,
		        "no acknowledgement record covers %s version %s: add one (type: acknowledgement, `policy: %s`, `policy_version: \"%s\"`, a Person | Date table) listing who has read it",
		        doc->id, version, doc->id, version);
}

/* A record that should list people but has no Person | Date table names
 * nobody: say so where it is, not only through the rule that misses it. */
static void check_acknowledgement_tables(cl_lint *lint)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *record = lint->documents[i];
		int person, date;

		if (cl_is_active(record, CL_TYPE_ACKNOWLEDGEMENT) &&
		    !cl_find_table(record, "person", "date", &person, &date))
			cl_fire(lint, &policy_not_communicated, record, 1, 1,
			        "this acknowledgement record has no table with Person and Date columns, so it records nobody: add | Person | Date | with a row per person");
	}
}

static void check_policy(cl_lint *lint)
{
	acknowledgements acks;

	check_policy_present(lint);
	index_acknowledgements(&acks, lint);
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (!is_policy_in_force(doc) || !doc->body_parsed)
			continue;
		check_commitments(lint, doc);
		check_objectives(lint, doc);
		check_communicated(lint, &acks, doc);
	}
	free(acks.items);
	check_acknowledgement_tables(lint);
}

const cl_rule_group cl_group_policy = CL_RULE_GROUP(check_policy, &policy_missing, &policy_commitment_missing,
                                                    &policy_objectives_missing, &policy_not_communicated);
