/*
 * config.c: .clauselint.yml (docs/configuration.md).
 *
 * Strict, as a linter's configuration must be: a misspelt key that
 * silently did nothing would let a rule the team believes is on stay off.
 * Every error names the file, the line and what was expected.
 */
#include "config/config.h"
#include "config/catalogue.h"
#include "config/glob.h"
#include "config/yaml_values.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const default_top_management[] = {"CEO", "Managing Director", "Board"};
static const char *const default_floor[] = {"security-policy",   "roles",    "statement",      "review",
                                            "resource-approval", "training", "acknowledgement"};

/* The common wordings of clause 5.2 c, d and b, in English and in German
 * (DIN EN ISO/IEC 27001:2024 says "zutreffende Anforderungen" and
 * "fortlaufende Verbesserung"); folded, as the rules compare them. */
static const char *const en_requirements[] = {
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
static const char *const en_improvement[] = {
        "continual improvement",
        "continually improve",
        "continuous improvement",
        "continuously improve",
        "improve continually",
        "improve continuously",
        NULL,
};
static const char *const en_objectives[] = {
        "information security objectives",
        "security objectives",
        "isms objectives",
        "framework for setting",
        NULL,
};
static const char *const en_objectives_headings[] = {"objectives", NULL};
static const char *const de_requirements[] = {
        "zutreffenden anforderungen",
        "zutreffende anforderungen",
        "zutreffender anforderungen",
        "anwendbaren anforderungen",
        "anwendbare anforderungen",
        "geltenden anforderungen",
        "gesetzlichen, regulatorischen und vertraglichen anforderungen",
        "gesetzliche, regulatorische und vertragliche anforderungen",
        "gesetzlichen und vertraglichen anforderungen",
        "rechtlichen anforderungen",
        NULL,
};
static const char *const de_improvement[] = {
        "fortlaufende verbesserung",    "fortlaufenden verbesserung",
        "kontinuierliche verbesserung", "kontinuierlichen verbesserung",
        "ständige verbesserung",        "ständigen verbesserung",
        "fortlaufend verbessern",       "kontinuierlich verbessern",
        "ständig verbessern",           NULL,
};
static const char *const de_objectives[] = {
        "informationssicherheitsziele", "sicherheitsziele",     "isms-ziele", "rahmen für die festlegung",
        "rahmen zur festlegung",        "rahmen zum festlegen", NULL,
};
static const char *const de_objectives_headings[] = {"ziele", NULL};

static const char *const *const builtin_phrases[CL_LANGS][CL_PHRASE_KINDS] = {
        [CL_LANG_EN] = {en_requirements, en_improvement, en_objectives, en_objectives_headings},
        [CL_LANG_DE] = {de_requirements, de_improvement, de_objectives, de_objectives_headings},
};

static const char *const phrase_keys[CL_PHRASE_KINDS] = {"applicable_requirements", "continual_improvement",
                                                         "objectives", "objectives_headings"};

const char *cl_phrase_key(cl_phrase_kind kind)
{
	return phrase_keys[kind];
}

const char *const *cl_builtin_phrases(cl_lang lang, cl_phrase_kind kind)
{
	return builtin_phrases[lang][kind];
}

const char *cl_lang_name(cl_lang lang)
{
	return lang == CL_LANG_DE ? "de" : "en";
}

int cl_lang_parse(const char *tag)
{
	static const struct {
		const char *prefix;
		cl_lang lang;
	} names[] = {{"en", CL_LANG_EN},
	             {"english", CL_LANG_EN},
	             {"de", CL_LANG_DE},
	             {"german", CL_LANG_DE},
	             {"deutsch", CL_LANG_DE}};
	size_t n;

	if (!tag)
		return -1;
	n = strcspn(tag, "-_");
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i].prefix) == n && strncasecmp(tag, names[i].prefix, n) == 0)
			return (int)names[i].lang;
	return -1;
}

const cl_strvec *cl_config_phrases(const cl_config *config, cl_phrase_kind kind, const char *lang)
{
	int l = cl_lang_parse(lang);

	return &config->phrases[l >= 0 ? l : (int)config->language][kind];
}

static const char *const default_conformance_activities[] = {"conform", NULL};
static const char *const default_performance_activities[] = {"report performance", NULL};

static void push_all(cl_strvec *out, const char *const *items)
{
	for (size_t i = 0; items[i]; i++)
		cl_strvec_push(out, items[i]);
}

/* "templates", "Templates", "_templates", and the language variants a
 * starter kit ships ("templates-de", "templates_en"); German "Vorlagen". */
static int is_templates_folder(const char *name, size_t n)
{
	static const char *const names[] = {"templates", "template", "_templates", "vorlagen"};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t m = strlen(names[i]);

		if (n >= m && strncasecmp(name, names[i], m) == 0 &&
		    (n == m || ((name[m] == '-' || name[m] == '_') && n <= m + 6)))
			return 1;
	}
	return 0;
}

/* Test data: a tool's fixtures and fuzzing seeds are documents made to
 * be wrong, never the ISMS (clauselint's own clone is full of them). */
static int is_test_data_folder(const char *name, size_t n)
{
	static const char *const names[] = {"test",         "tests",     "testdata", "fixtures",
	                                    "__fixtures__", "__tests__", "fuzz"};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == n && strncasecmp(name, names[i], n) == 0)
			return 1;
	return 0;
}

int cl_config_built_in_excluded(const char *path)
{
	const char *part = path;

	for (;;) {
		const char *slash = strchr(part, '/');
		size_t n = slash ? (size_t)(slash - part) : strlen(part);

		if (n && part[0] == '.')
			return 1;
		if (slash && (is_templates_folder(part, n) || is_test_data_folder(part, n) ||
		              (n == 12 && strncmp(part, "node_modules", n) == 0)))
			return 1;
		if (!slash)
			return 0;
		part = slash + 1;
	}
}

void cl_config_defaults(cl_config *out)
{
	memset(out, 0, sizeof(*out));
	out->trusted = 1; /* clauselint's own */
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
	/* Top management alone approves the policy, the roles and the
	 * statement, whatever the documents themselves say, and the records
	 * that are evidence of what it does: until the configuration names
	 * a role for them, nobody else is accountable for them. */
	for (size_t i = 0; i < sizeof(default_floor) / sizeof(default_floor[0]); i++) {
		cl_strvec_push(&out->floor_kinds, default_floor[i]);
		cl_strvec_push(&out->floor_roles, CL_TOP_MANAGEMENT);
	}
	for (int l = 0; l < CL_LANGS; l++)
		for (int k = 0; k < CL_PHRASE_KINDS; k++)
			push_all(&out->phrases[l][k], builtin_phrases[l][k]);
	cl_reading_defaults(&out->reading);
	push_all(&out->conformance_activities, default_conformance_activities);
	push_all(&out->performance_activities, default_performance_activities);
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
	cl_strvec_free(&config->floor_kinds);
	cl_strvec_free(&config->floor_roles);
	for (int l = 0; l < CL_LANGS; l++)
		for (int k = 0; k < CL_PHRASE_KINDS; k++)
			cl_strvec_free(&config->phrases[l][k]);
	cl_reading_free(&config->reading);
	cl_strvec_free(&config->link_roots);
	cl_strvec_free(&config->link_routes);
	cl_strvec_free(&config->type_globs);
	cl_strvec_free(&config->type_names);
	cl_strvec_free(&config->conformance_activities);
	cl_strvec_free(&config->performance_activities);
	cl_map_free(&config->rule_severity);
	memset(config, 0, sizeof(*config));
}

cl_severity cl_config_severity(const cl_config *config, const cl_rule *rule)
{
	void *set = config ? cl_map_gets(&config->rule_severity, rule->name) : NULL;

	return set ? (cl_severity)((size_t)set - 1) : rule->default_severity;
}

int cl_config_sets_severity(const cl_config *config, const cl_rule *rule)
{
	return config && cl_map_gets(&config->rule_severity, rule->name) != NULL;
}

void cl_config_set_severity(cl_config *config, const char *name, cl_severity sev)
{
	cl_map_puts(&config->rule_severity, name, (void *)((size_t)sev + 1));
}

static int read_glob_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                          cl_error *err)
{
	cl_error glob_err;

	if (cl_value_string_list(out, node, path, key, err) < 0)
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
		return cl_value_fail(err, path, node,
		                     "'%s' expects an interval such as '12 months', '90 days' or '1 year'",
		                     key);
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
		return cl_value_fail(err, path, node, "'%s' expects true or false", key);
	return 0;
}

/* ---- .clauselint.yml ---- */

/*
 * A path inside the repository, relative to its root: "." and ".." are
 * resolved by name, and one that is absolute or climbs out of the
 * repository is an error. (Symbolic links on the way are refused when the
 * file is read: lib/repo/repo.c opens nothing through a link.)
 */
static int read_repository_path(char **out, const cl_yaml_node *node, const char *path, const char *key,
                                cl_error *err)
{
	char *text = NULL, *inside;

	if (cl_value_string(&text, node, path, key, err) < 0)
		return -1;
	inside = text[0] == '/' ? NULL : cl_path_join_lexically("", text);
	free(text);
	if (!inside || !*inside) {
		free(inside);
		return cl_value_fail(err, path, node,
		                     "'%s' expects a file inside the repository, relative to its root", key);
	}
	free(*out);
	*out = inside;
	return 0;
}

/* `links:` the roots a site serves files from, and its generated routes. */
static int read_links(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"roots", "routes", NULL};
	const cl_yaml_node *v;
	cl_strvec roots = CL_STRVEC_INIT;

	if (cl_value_mapping(node, path, "'links'", err) < 0 ||
	    cl_value_check_keys(node, keys, path, " in 'links'", err) < 0)
		return -1;
	if ((v = cl_yaml_get(node, "roots")) && cl_value_string_list(&roots, v, path, "roots", err) < 0)
		return -1;
	for (size_t i = 0; i < roots.count; i++) {
		char *inside = roots.items[i][0] == '/' ? NULL : cl_path_join_lexically("", roots.items[i]);

		if (!inside || !*inside) {
			free(inside);
			cl_strvec_free(&roots);
			return cl_value_fail(
			        err, path, v->items[i],
			        "'roots' expects folders inside the repository, relative to its root, not '%s'",
			        v->items[i]->scalar);
		}
		cl_strvec_push_owned(&config->link_roots, inside);
	}
	cl_strvec_free(&roots);
	if ((v = cl_yaml_get(node, "routes")) &&
	    read_glob_list(&config->link_routes, v, path, "routes", err) < 0)
		return -1;
	return 0;
}

static int read_rules(cl_config *config, const cl_yaml_node *node, const char *path, const cl_ruleset *rules,
                      cl_error *err)
{
	if (cl_value_mapping(node, path, "'rules'", err) < 0)
		return -1;
	for (size_t i = 0; i < node->count; i++) {
		const char *name = node->keys[i]->scalar;
		const char *value = cl_yaml_text(node->values[i]);
		cl_severity sev;

		/* Without a rule table (an old version of the configuration,
		 * read only for who may approve), any name is kept. */
		if (rules && !cl_ruleset_find(rules, name) && cl_ruleset_closest(rules, name)) {
			cl_error_set(
			        err,
			        "%s:%d: unknown rule '%s': did you mean '%s'? ('clauselint rules' lists them)",
			        path, node->keys[i]->line, name, cl_ruleset_closest(rules, name));
			return -1;
		}
		if (rules && !cl_ruleset_find(rules, name))
			return cl_value_fail(err, path, node->keys[i],
			                     "unknown rule '%s' ('clauselint rules' lists them)", name);
		if (!value || cl_severity_parse(&sev, value) < 0)
			return cl_value_fail(err, path, node->values[i],
			                     "rule '%s' expects off, note, warning or error", name);
		cl_config_set_severity(config, name, sev);
	}
	return 0;
}

/* The kinds of document approvals.required_approver keys: the types that
 * are approved, the information security policy among the policies, and
 * the records that are evidence (lib/model/evidence.c). */
static const char *const approved_kinds[] = {
        "security-policy", "policy",   "procedure",       "standard",          "statement", "roles",
        "review",          "training", "acknowledgement", "resource-approval", NULL};

/* approvals.required_approver: kind -> a role, or "top management". A
 * mapping given replaces the defaults whole, as every list does. */
static int read_required_approver(cl_config *config, const cl_yaml_node *node, const char *path,
                                  cl_error *err)
{
	if (cl_value_mapping(node, path, "'required_approver'", err) < 0 ||
	    cl_value_check_keys(node, approved_kinds, path, " in 'required_approver'", err) < 0)
		return -1;
	cl_strvec_free(&config->floor_kinds);
	cl_strvec_free(&config->floor_roles);
	for (size_t i = 0; i < node->count; i++) {
		char *role = NULL;

		if (cl_value_string(&role, node->values[i], path, node->keys[i]->scalar, err) < 0)
			return -1;
		cl_strvec_push(&config->floor_kinds, node->keys[i]->scalar);
		cl_strvec_push_owned(&config->floor_roles, role);
	}
	return 0;
}

static int read_approvals(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"trailer", "require_signature", "required_approver", NULL};
	const cl_yaml_node *v;

	if (cl_value_mapping(node, path, "'approvals'", err) < 0 ||
	    cl_value_check_keys(node, keys, path, " in 'approvals'", err) < 0)
		return -1;
	v = cl_yaml_get(node, "trailer");
	if (v && cl_value_string(&config->approval_trailer, v, path, "trailer", err) < 0)
		return -1;
	v = cl_yaml_get(node, "require_signature");
	if (v && read_bool(&config->require_signature, v, path, "require_signature", err) < 0)
		return -1;
	v = cl_yaml_get(node, "required_approver");
	if (v && read_required_approver(config, v, path, err) < 0)
		return -1;
	return 0;
}

/* A list of phrases, folded as the rules compare them. */
static int read_phrases(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                        cl_error *err)
{
	if (cl_value_string_list(out, node, path, key, err) < 0)
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
	int rc = cl_value_mapping(node, path, quoted, err) < 0 ||
	                         cl_value_check_keys(node, keys, path, in, err) < 0
	                 ? -1
	                 : 0;

	/* A key without a list (NULL) is read by the caller. */
	for (size_t i = 0; rc == 0 && keys[i] && lists[i]; i++) {
		const cl_yaml_node *v = cl_yaml_get(node, keys[i]);

		if (v && read_phrases(lists[i], v, path, keys[i], err) < 0)
			rc = -1;
	}
	free(quoted);
	free(in);
	return rc;
}

static int read_content_language(cl_config *config, const cl_yaml_node *v, const char *path, cl_error *err)
{
	char *name = NULL;
	int lang;

	if (cl_value_string(&name, v, path, "language", err) < 0)
		return -1;
	lang = cl_lang_parse(name);
	if (lang < 0) {
		cl_value_fail(err, path, v,
		              "unknown language '%s' for policy_content (clauselint ships en and de)", name);
		free(name);
		return -1;
	}
	config->language = (cl_lang)lang;
	free(name);
	return 0;
}

/* A list given replaces the built-in ones of every language: the
 * organisation's wording is what its policies say, in whatever language. */
static int read_policy_content(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"applicable_requirements",
	                                   "continual_improvement",
	                                   "objectives",
	                                   "objectives_headings",
	                                   "language",
	                                   NULL};
	cl_strvec given[CL_PHRASE_KINDS] = {CL_STRVEC_INIT, CL_STRVEC_INIT, CL_STRVEC_INIT, CL_STRVEC_INIT};
	cl_strvec *const lists[] = {&given[0], &given[1], &given[2], &given[3], NULL};
	const cl_yaml_node *lang = NULL;
	int rc = read_phrase_lists(lists, keys, node, path, "policy_content", err);

	if (rc == 0 && (lang = cl_yaml_get(node, "language")) != NULL)
		rc = read_content_language(config, lang, path, err);
	for (int k = 0; k < CL_PHRASE_KINDS; k++) {
		for (int l = 0; rc == 0 && cl_yaml_get(node, keys[k]) && l < CL_LANGS; l++) {
			cl_strvec_free(&config->phrases[l][k]);
			for (size_t i = 0; i < given[k].count; i++)
				cl_strvec_push(&config->phrases[l][k], given[k].items[i]);
		}
		cl_strvec_free(&given[k]);
	}
	return rc;
}

static int read_roles_content(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"conformance", "performance_reporting", NULL};
	cl_strvec *const lists[] = {&config->conformance_activities, &config->performance_activities};

	return read_phrase_lists(lists, keys, node, path, "roles_content", err);
}

static int read_config_key(cl_config *config, const char *key, const cl_yaml_node *v, const char *path,
                           const cl_ruleset *rules, cl_error *err)
{
	if (strcmp(key, "framework") == 0) {
		if (cl_value_string(&config->framework, v, path, key, err) < 0)
			return -1;
		if (!cl_framework_known(config->framework))
			return cl_value_fail(err, path, v,
			                     "unknown framework '%s' (supported: ISO27001:2022)",
			                     config->framework);
		return 0;
	}
	if (strcmp(key, "people") == 0) {
		config->people_path_explicit = 1;
		return read_repository_path(&config->people_path, v, path, key, err);
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
		return cl_value_string_list(&config->top_management_roles, v, path, key, err);
	if (strcmp(key, "approvals") == 0)
		return read_approvals(config, v, path, err);
	if (strcmp(key, "policy_content") == 0)
		return read_policy_content(config, v, path, err);
	if (strcmp(key, "roles_content") == 0)
		return read_roles_content(config, v, path, err);
	if (strcmp(key, "read") == 0)
		return cl_config_read_forms(config, v, path, err);
	if (strcmp(key, "links") == 0)
		return read_links(config, v, path, err);
	if (strcmp(key, "mapping") == 0)
		return cl_config_read_mapping(config, v, path, err);
	return read_rules(config, v, path, rules, err);
}

int cl_config_parse(cl_config *out, const char *text, size_t len, const char *path, const cl_ruleset *rules,
                    cl_error *err)
{
	static const char *const keys[] = {
	        "framework", "people",          "include",       "exclude",
	        "governed",  "review_interval", "due_soon",      "top_management_roles",
	        "approvals", "policy_content",  "roles_content", "rules",
	        "read",      "mapping",         "links",         NULL};
	cl_yaml_node *root = NULL;
	int rc = -1;

	if (cl_value_parse_file(&root, text, len, path, err) < 0)
		return -1;
	if (!root)
		return 0;
	if (cl_value_mapping(root, path, "the configuration", err) < 0 ||
	    cl_value_check_keys(root, keys, path, "", err) < 0)
		goto done;
	for (size_t i = 0; i < root->count; i++)
		if (read_config_key(out, root->keys[i]->scalar, root->values[i], path, rules, err) < 0)
			goto done;
	rc = 0;
done:
	cl_yaml_free(root);
	return rc;
}
