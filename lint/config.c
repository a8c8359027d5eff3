/*
 * config.c: .clauselint.yml and the people registry (people.yml).
 *
 * Both are strict, as a linter's configuration must be: a misspelt key
 * that silently did nothing would let a rule the team believes is on stay
 * off. Every error names the file, the line and what was expected.
 */
#include "clauselint.h"

#include <stdlib.h>
#include <string.h>

static const char *const default_top_management[] = {"CEO", "Managing Director", "Board"};

/* The common wordings of clause 5.2 c, d and b, and of 5.3 a and b. */
static const char *const default_requirements_phrases[] = {
        "applicable requirements",
        "legal, regulatory and contractual requirements",
        "legal, statutory, regulatory and contractual requirements",
        "statutory, regulatory and contractual requirements",
        "legal and regulatory requirements",
        "legal and contractual requirements",
        "applicable laws",
        "applicable legal",
        "applicable legislation",
        "applicable regulations",
        NULL,
};
static const char *const default_improvement_phrases[] = {
        "continual improvement",
        "continually improve",
        "continuous improvement",
        "continuously improve",
        "improve continually",
        "improve continuously",
        NULL,
};
static const char *const default_objectives_phrases[] = {
        "information security objectives",
        "security objectives",
        "isms objectives",
        "framework for setting",
        NULL,
};
static const char *const default_objectives_headings[] = {"objectives", NULL};
static const char *const default_conformance_activities[] = {"conform", NULL};
static const char *const default_performance_activities[] = {"report performance", NULL};

static void push_all(cl_strvec *out, const char *const *items)
{
	for (size_t i = 0; items[i]; i++)
		cl_strvec_push(out, items[i]);
}

void cl_config_defaults(cl_config *out)
{
	memset(out, 0, sizeof(*out));
	out->framework = cl_strdup(CL_DEFAULT_FRAMEWORK);
	out->people_path = cl_strdup("people.yml");
	cl_strvec_push(&out->include, "**/*.md");
	out->review_interval.count = 12;
	out->review_interval.unit = CL_UNIT_MONTHS;
	out->due_soon.count = 30;
	out->due_soon.unit = CL_UNIT_DAYS;
	for (size_t i = 0; i < sizeof(default_top_management) / sizeof(default_top_management[0]); i++)
		cl_strvec_push(&out->top_management_roles, default_top_management[i]);
	out->approval_trailer = cl_strdup("Approved-by");
	push_all(&out->requirements_phrases, default_requirements_phrases);
	push_all(&out->improvement_phrases, default_improvement_phrases);
	push_all(&out->objectives_phrases, default_objectives_phrases);
	push_all(&out->objectives_headings, default_objectives_headings);
	push_all(&out->conformance_activities, default_conformance_activities);
	push_all(&out->performance_activities, default_performance_activities);
	out->rule_severity = cl_malloc(cl_rules_count * sizeof(int));
	for (size_t i = 0; i < cl_rules_count; i++)
		out->rule_severity[i] = -1;
}

void cl_config_free(cl_config *config)
{
	if (!config)
		return;
	free(config->path);
	free(config->display_path);
	free(config->framework);
	free(config->people_path);
	cl_strvec_free(&config->include);
	cl_strvec_free(&config->exclude);
	cl_strvec_free(&config->governed);
	cl_strvec_free(&config->top_management_roles);
	free(config->approval_trailer);
	cl_strvec_free(&config->requirements_phrases);
	cl_strvec_free(&config->improvement_phrases);
	cl_strvec_free(&config->objectives_phrases);
	cl_strvec_free(&config->objectives_headings);
	cl_strvec_free(&config->conformance_activities);
	cl_strvec_free(&config->performance_activities);
	free(config->rule_severity);
	memset(config, 0, sizeof(*config));
}

cl_severity cl_config_severity(const cl_config *config, const cl_rule *rule)
{
	for (size_t i = 0; config && config->rule_severity && i < cl_rules_count; i++)
		if (cl_rules[i] == rule && config->rule_severity[i] >= 0)
			return (cl_severity)config->rule_severity[i];
	return rule->default_severity;
}

/* ---- typed readers over the YAML tree: each fails with path:line ---- */

static int fail(cl_error *err, const char *path, const cl_yaml_node *node, const char *fmt, const char *arg)
{
	char what[384];

	snprintf(what, sizeof(what), fmt, arg);
	cl_error_set(err, "%s:%d: %s", path, node ? node->line : 1, what);
	return -1;
}

static int read_string(char **out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (!text || !*text)
		return fail(err, path, node, "'%s' expects a text value", key);
	free(*out);
	*out = cl_strdup(text);
	return 0;
}

/* A list of non-empty strings; a single string is not accepted, so that
 * `include: *.md` (a YAML alias!) or a forgotten dash is caught. */
static int read_string_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                            cl_error *err)
{
	if (!node || node->kind != CL_YAML_SEQUENCE)
		return fail(err, path, node, "'%s' expects a list, e.g. [\"a\", \"b\"]", key);
	cl_strvec_free(out);
	for (size_t i = 0; i < node->count; i++) {
		const char *text = cl_yaml_text(node->items[i]);

		if (!text || !*text)
			return fail(err, path, node->items[i], "'%s' expects a list of text values", key);
		cl_strvec_push(out, text);
	}
	return 0;
}

static int read_glob_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                          cl_error *err)
{
	cl_error glob_err;

	if (read_string_list(out, node, path, key, err) < 0)
		return -1;
	for (size_t i = 0; i < out->count; i++) {
		if (cl_glob_check(out->items[i], &glob_err) < 0) {
			cl_error_set(err, "%s:%d: '%s': %s", path, node->items[i]->line, key,
			             glob_err.message);
			return -1;
		}
	}
	return 0;
}

static int read_interval(cl_interval *out, const cl_yaml_node *node, const char *path, const char *key,
                         cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (!text || cl_interval_parse(out, text) < 0)
		return fail(err, path, node,
		            "'%s' expects an interval such as '12 months', '90 days' or '1 year'", key);
	return 0;
}

static int read_bool(int *out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (text && (strcmp(text, "true") == 0 || strcmp(text, "yes") == 0))
		*out = 1;
	else if (text && (strcmp(text, "false") == 0 || strcmp(text, "no") == 0))
		*out = 0;
	else
		return fail(err, path, node, "'%s' expects true or false", key);
	return 0;
}

static int read_date(cl_date *out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (!text || cl_date_parse(out, text) < 0)
		return fail(err, path, node, "'%s' expects a date YYYY-MM-DD", key);
	return 0;
}

static int expect_mapping(const cl_yaml_node *node, const char *path, const char *what, cl_error *err)
{
	if (node && node->kind == CL_YAML_MAPPING)
		return 0;
	return fail(err, path, node, "%s must be a mapping of keys", what);
}

/* Fails on the first key of `map` that is not in `known`. */
static int check_keys(const cl_yaml_node *map, const char *const *known, const char *path, const char *where,
                      cl_error *err)
{
	for (size_t i = 0; i < map->count; i++) {
		const char *key = map->keys[i]->scalar;
		int ok = 0;
		cl_buf list = CL_BUF_INIT;

		for (size_t k = 0; known[k]; k++)
			ok |= strcmp(known[k], key) == 0;
		if (ok)
			continue;
		for (size_t k = 0; known[k]; k++)
			cl_buf_printf(&list, "%s%s", k ? ", " : "", known[k]);
		cl_error_set(err, "%s:%d: unknown key '%s'%s (expected one of: %s)", path, map->keys[i]->line,
		             key, where, list.ptr);
		cl_buf_free(&list);
		return -1;
	}
	return 0;
}

static int parse_yaml_file(cl_yaml_node **out, const char *text, size_t len, const char *path, cl_error *err)
{
	int line = 0, column = 0;
	cl_error yaml_err;

	if (cl_yaml_parse(out, text, len, 0, &line, &column, &yaml_err) < 0) {
		cl_error_set(err, "%s:%d: invalid YAML: %s", path, line, yaml_err.message);
		return -1;
	}
	return 0;
}

/* ---- .clauselint.yml ---- */

static int read_rules(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	if (expect_mapping(node, path, "'rules'", err) < 0)
		return -1;
	for (size_t i = 0; i < node->count; i++) {
		const char *name = node->keys[i]->scalar;
		const cl_rule *rule = cl_rule_find(name);
		const char *value = cl_yaml_text(node->values[i]);
		cl_severity sev;

		if (!rule)
			return fail(err, path, node->keys[i],
			            "unknown rule '%s' ('clauselint rules' lists them)", name);
		if (!value || cl_severity_parse(&sev, value) < 0)
			return fail(err, path, node->values[i],
			            "rule '%s' expects off, note, warning or error", name);
		for (size_t r = 0; r < cl_rules_count; r++)
			if (cl_rules[r] == rule)
				config->rule_severity[r] = (int)sev;
	}
	return 0;
}

static int read_approvals(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"trailer", "require_signature", NULL};
	const cl_yaml_node *v;

	if (expect_mapping(node, path, "'approvals'", err) < 0 ||
	    check_keys(node, keys, path, " in 'approvals'", err) < 0)
		return -1;
	v = cl_yaml_get(node, "trailer");
	if (v && read_string(&config->approval_trailer, v, path, "trailer", err) < 0)
		return -1;
	v = cl_yaml_get(node, "require_signature");
	if (v && read_bool(&config->require_signature, v, path, "require_signature", err) < 0)
		return -1;
	return 0;
}

/* A list of phrases, folded as the rules compare them. */
static int read_phrases(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                        cl_error *err)
{
	if (read_string_list(out, node, path, key, err) < 0)
		return -1;
	for (size_t i = 0; i < out->count; i++) {
		char *folded = cl_fold(out->items[i]);

		free(out->items[i]);
		out->items[i] = folded;
	}
	return 0;
}

/* A mapping of phrase lists: `keys[i]` sets `lists[i]`; `where` names the
 * mapping in messages. */
static int read_phrase_lists(cl_strvec *const *lists, const char *const *keys, const cl_yaml_node *node,
                             const char *path, const char *where, cl_error *err)
{
	char *quoted = cl_printf("'%s'", where), *in = cl_printf(" in '%s'", where);
	int rc = expect_mapping(node, path, quoted, err) < 0 || check_keys(node, keys, path, in, err) < 0 ? -1
	                                                                                                  : 0;

	for (size_t i = 0; rc == 0 && keys[i]; i++) {
		const cl_yaml_node *v = cl_yaml_get(node, keys[i]);

		if (v && read_phrases(lists[i], v, path, keys[i], err) < 0)
			rc = -1;
	}
	free(quoted);
	free(in);
	return rc;
}

static int read_policy_content(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"applicable_requirements", "continual_improvement", "objectives",
	                                   "objectives_headings", NULL};
	cl_strvec *const lists[] = {&config->requirements_phrases, &config->improvement_phrases,
	                            &config->objectives_phrases, &config->objectives_headings};

	return read_phrase_lists(lists, keys, node, path, "policy_content", err);
}

static int read_roles_content(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"conformance", "performance_reporting", NULL};
	cl_strvec *const lists[] = {&config->conformance_activities, &config->performance_activities};

	return read_phrase_lists(lists, keys, node, path, "roles_content", err);
}

static int read_config_key(cl_config *config, const char *key, const cl_yaml_node *v, const char *path,
                           cl_error *err)
{
	if (strcmp(key, "framework") == 0) {
		if (read_string(&config->framework, v, path, key, err) < 0)
			return -1;
		if (!cl_framework_known(config->framework))
			return fail(err, path, v, "unknown framework '%s' (supported: ISO27001:2022)",
			            config->framework);
		return 0;
	}
	if (strcmp(key, "people") == 0) {
		config->people_path_explicit = 1;
		return read_string(&config->people_path, v, path, key, err);
	}
	if (strcmp(key, "include") == 0)
		return read_glob_list(&config->include, v, path, key, err);
	if (strcmp(key, "exclude") == 0)
		return read_glob_list(&config->exclude, v, path, key, err);
	if (strcmp(key, "governed") == 0)
		return read_glob_list(&config->governed, v, path, key, err);
	if (strcmp(key, "review_interval") == 0)
		return read_interval(&config->review_interval, v, path, key, err);
	if (strcmp(key, "due_soon") == 0)
		return read_interval(&config->due_soon, v, path, key, err);
	if (strcmp(key, "top_management_roles") == 0)
		return read_string_list(&config->top_management_roles, v, path, key, err);
	if (strcmp(key, "approvals") == 0)
		return read_approvals(config, v, path, err);
	if (strcmp(key, "policy_content") == 0)
		return read_policy_content(config, v, path, err);
	if (strcmp(key, "roles_content") == 0)
		return read_roles_content(config, v, path, err);
	return read_rules(config, v, path, err);
}

int cl_config_parse(cl_config *out, const char *text, size_t len, const char *path, cl_error *err)
{
	static const char *const keys[] = {
	        "framework", "people",          "include",       "exclude",
	        "governed",  "review_interval", "due_soon",      "top_management_roles",
	        "approvals", "policy_content",  "roles_content", "rules",
	        NULL};
	cl_yaml_node *root = NULL;
	int rc = -1;

	if (parse_yaml_file(&root, text, len, path, err) < 0)
		return -1;
	if (!root)
		return 0;
	if (expect_mapping(root, path, "the configuration", err) < 0 ||
	    check_keys(root, keys, path, "", err) < 0)
		goto done;
	for (size_t i = 0; i < root->count; i++)
		if (read_config_key(out, root->keys[i]->scalar, root->values[i], path, err) < 0)
			goto done;
	rc = 0;
done:
	cl_yaml_free(root);
	return rc;
}

/* ---- people.yml ---- */

/* `email` and `roles` take one value or a list of them. */
static int read_one_or_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                            cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (node && node->kind == CL_YAML_SCALAR) {
		if (!text || !*text)
			return fail(err, path, node, "'%s' expects a value or a list of values", key);
		cl_strvec_push(out, text);
		return 0;
	}
	if (node && node->kind == CL_YAML_SEQUENCE && node->count == 0)
		return fail(err, path, node, "'%s' expects at least one value", key);
	return read_string_list(out, node, path, key, err);
}

/* Each key is read now, so a damaged one is a configuration error with
 * its line, not an approval that silently never verifies. */
static int read_signing_keys(cl_person *person, const cl_yaml_node *v, const char *path, cl_error *err)
{
	cl_error key_err;

	if (read_string_list(&person->signing_keys, v, path, "signing_keys", err) < 0)
		return -1;
	person->keys =
	        cl_calloc(person->signing_keys.count ? person->signing_keys.count : 1, sizeof(cl_ssh_key));
	for (size_t i = 0; i < person->signing_keys.count; i++) {
		if (cl_ssh_key_parse(&person->keys[i], person->signing_keys.items[i], &key_err) < 0) {
			cl_error_set(err, "%s:%d: signing key of %s: %s", path, v->items[i]->line,
			             person->name, key_err.message);
			return -1;
		}
	}
	return 0;
}

/* One key, one person: a key two people hold can't say which of them
 * signed. */
static int check_keys_unique(const cl_people *people, const cl_yaml_node *list, const char *path,
                             cl_error *err)
{
	for (size_t i = 0; i < people->count; i++) {
		const cl_person *p = &people->items[i];

		for (size_t k = 0; k < p->signing_keys.count; k++) {
			const cl_person *holder =
			        cl_people_find_key(people, p->keys[k].blob, p->keys[k].blob_len);

			if (holder == p)
				continue;
			cl_error_set(
			        err,
			        "%s:%d: signing key of %s is also listed for %s: a key must belong to one person",
			        path, cl_yaml_get(list->items[i], "signing_keys")->items[k]->line, p->name,
			        holder->name);
			return -1;
		}
	}
	return 0;
}

static int read_person(cl_person *person, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"name", "email", "roles", "since", "until", "signing_keys", NULL};
	const cl_yaml_node *v;

	person->line = node ? node->line : 1;
	if (expect_mapping(node, path, "each person", err) < 0 ||
	    check_keys(node, keys, path, " for a person", err) < 0)
		return -1;
	v = cl_yaml_get(node, "name");
	if (!v)
		return fail(err, path, node, "a person has no '%s': give each person a name", "name");
	if (read_string(&person->name, v, path, "name", err) < 0)
		return -1;
	v = cl_yaml_get(node, "email");
	if (!v)
		return fail(err, path, node, "person '%s' has no 'email': approvals are matched by e-mail",
		            person->name);
	if (read_one_or_list(&person->emails, v, path, "email", err) < 0)
		return -1;
	for (size_t i = 0; i < person->emails.count; i++)
		cl_lowercase(person->emails.items[i]);
	v = cl_yaml_get(node, "roles");
	if (v && read_one_or_list(&person->roles, v, path, "roles", err) < 0)
		return -1;
	v = cl_yaml_get(node, "since");
	if (v && read_date(&person->since, v, path, "since", err) < 0)
		return -1;
	person->has_since = v != NULL;
	v = cl_yaml_get(node, "until");
	if (v && read_date(&person->until, v, path, "until", err) < 0)
		return -1;
	person->has_until = v != NULL;
	v = cl_yaml_get(node, "signing_keys");
	if (v && read_signing_keys(person, v, path, err) < 0)
		return -1;
	return 0;
}

int cl_people_parse(cl_people *out, const char *text, size_t len, const char *path, cl_error *err)
{
	static const char *const keys[] = {"people", NULL};
	cl_yaml_node *root = NULL;
	const cl_yaml_node *list;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	out->path = cl_strdup(path);
	if (parse_yaml_file(&root, text, len, path, err) < 0)
		return -1;
	if (!root)
		return 0;
	if (expect_mapping(root, path, "the people registry", err) < 0 ||
	    check_keys(root, keys, path, "", err) < 0)
		goto done;
	list = cl_yaml_get(root, "people");
	if (!list || list->kind != CL_YAML_SEQUENCE) {
		fail(err, path, list ? list : root, "'%s' expects a list of people", "people");
		goto done;
	}
	out->items = cl_calloc(list->count, sizeof(cl_person));
	for (size_t i = 0; i < list->count; i++) {
		out->count++;
		if (read_person(&out->items[i], list->items[i], path, err) < 0)
			goto done;
	}
	if (check_keys_unique(out, list, path, err) < 0)
		goto done;
	rc = 0;
done:
	cl_yaml_free(root);
	return rc;
}

void cl_people_free(cl_people *people)
{
	if (!people)
		return;
	for (size_t i = 0; i < people->count; i++) {
		free(people->items[i].name);
		cl_strvec_free(&people->items[i].emails);
		cl_strvec_free(&people->items[i].roles);
		for (size_t k = 0; people->items[i].keys && k < people->items[i].signing_keys.count; k++)
			cl_ssh_key_free(&people->items[i].keys[k]);
		free(people->items[i].keys);
		cl_strvec_free(&people->items[i].signing_keys);
	}
	free(people->items);
	free(people->path);
	memset(people, 0, sizeof(*people));
}

const cl_person *cl_people_find_email(const cl_people *people, const char *email)
{
	for (size_t i = 0; people && i < people->count; i++)
		for (size_t e = 0; e < people->items[i].emails.count; e++)
			if (cl_strcaseeq(people->items[i].emails.items[e], email))
				return &people->items[i];
	return NULL;
}

const cl_person *cl_people_find_key(const cl_people *people, const unsigned char *blob, size_t len)
{
	for (size_t i = 0; people && i < people->count; i++)
		for (size_t k = 0; people->items[i].keys && k < people->items[i].signing_keys.count; k++)
			if (people->items[i].keys[k].blob_len == len &&
			    memcmp(people->items[i].keys[k].blob, blob, len) == 0)
				return &people->items[i];
	return NULL;
}

int cl_people_role_held(const cl_people *people, const char *role)
{
	for (size_t i = 0; people && i < people->count; i++)
		for (size_t r = 0; r < people->items[i].roles.count; r++)
			if (cl_strcaseeq(people->items[i].roles.items[r], role))
				return 1;
	return 0;
}
