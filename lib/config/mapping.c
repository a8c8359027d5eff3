/*
 * mapping.c: the configuration's `read:` (which metadata forms are read)
 * and `mapping:` (their keys and values onto ours, and the type a path
 * gives), read as strictly as the rest: an unknown form, a key that
 * isn't ours, a value ours can't take, is an error with its line.
 * docs/adopting.md describes them; parse/reading.c applies them.
 */
#include "config/config.h"
#include "config/glob.h"
#include "config/yaml_values.h"
#include "parse/document.h"

#include <stdlib.h>
#include <string.h>

/* The keys a mapping may name as ours: what the rules read. */
static const char *const our_keys[] = {"id",       "title",   "type",      "owner",     "version",
                                       "approver", "clauses", "framework", "approved",  "review_interval",
                                       "status",   "date",    "attendees", "policy",    "policy_version",
                                       "lang",     "Name",    "Code",      "Framework", "Section",
                                       "Category", NULL};

static const struct {
	const char *name;
	unsigned form;
} forms[] = {
        {"front-matter", CL_FORM_FRONT_MATTER},
        {"comply", CL_FORM_COMPLY},
        {"document-control", CL_FORM_CONTROL},
        {"dataview", CL_FORM_DATAVIEW},
};

static int is_our_key(const char *key)
{
	for (size_t i = 0; our_keys[i]; i++)
		if (strcmp(our_keys[i], key) == 0)
			return 1;
	return 0;
}

int cl_config_read_forms(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	cl_strvec names = CL_STRVEC_INIT;
	int rc = cl_value_string_list(&names, node, path, "read", err);

	config->reading.forms = CL_FORM_FRONT_MATTER;
	for (size_t i = 0; rc == 0 && i < names.count; i++) {
		size_t f = 0;

		while (f < sizeof(forms) / sizeof(forms[0]) && strcmp(forms[f].name, names.items[i]) != 0)
			f++;
		if (f == sizeof(forms) / sizeof(forms[0]))
			rc = cl_value_fail(
			        err, path, node->items[i],
			        "unknown form '%s' in 'read' (expected front-matter, comply, document-control or dataview)",
			        names.items[i]);
		else
			config->reading.forms |= forms[f].form;
	}
	cl_strvec_free(&names);
	return rc;
}

/* A mapping whose values are all text: `what` names it in messages. */
static int text_mapping(const cl_yaml_node *node, const char *path, const char *what, cl_error *err)
{
	if (cl_value_mapping(node, path, what, err) < 0)
		return -1;
	for (size_t i = 0; i < node->count; i++)
		if (!cl_yaml_text(node->values[i]))
			return cl_value_fail(err, path, node->values[i], "expected text for '%s'",
			                     node->keys[i]->scalar);
	return 0;
}

static int read_keys(cl_reading *r, const cl_yaml_node *node, const char *path, cl_error *err)
{
	if (text_mapping(node, path, "'mapping.keys'", err) < 0)
		return -1;
	for (size_t i = 0; i < node->count; i++) {
		const char *ours = node->values[i]->scalar;

		if (!is_our_key(ours))
			return cl_value_fail(
			        err, path, node->values[i],
			        "'%s' in 'mapping.keys' is no key clauselint reads (docs/configuration.md lists them)",
			        ours);
		cl_strvec_push(&r->alias_from, node->keys[i]->scalar);
		cl_strvec_push(&r->alias_to, ours);
	}
	return 0;
}

static int read_labels(cl_reading *r, const cl_yaml_node *node, const char *path, cl_error *err)
{
	if (text_mapping(node, path, "'mapping.labels'", err) < 0)
		return -1;
	for (size_t i = 0; i < node->count; i++) {
		char *folded = cl_fold(node->keys[i]->scalar);

		if (!is_our_key(node->values[i]->scalar)) {
			free(folded);
			return cl_value_fail(err, path, node->values[i],
			                     "'%s' in 'mapping.labels' is no key clauselint reads",
			                     node->values[i]->scalar);
		}
		/* After the defaults: the last label pushed wins (reading.c). */
		cl_strvec_push(&r->label_from, folded);
		cl_strvec_push(&r->label_to, node->values[i]->scalar);
		free(folded);
	}
	return 0;
}

/* What a value map's target must be, for the keys whose values are
 * judged: a type, a status, an interval. */
static int check_target(const char *key, const cl_yaml_node *to, const char *path, cl_error *err)
{
	cl_interval interval;

	if (strcmp(key, "type") == 0 && cl_doc_type_parse(to->scalar) == CL_TYPE_UNKNOWN)
		return cl_value_fail(
		        err, path, to,
		        "'%s' is no type of clauselint's (policy, procedure, standard, statement, roles, review, resource-approval, acknowledgement, training, record)",
		        to->scalar);
	if (strcmp(key, "status") == 0 && strcmp(to->scalar, "draft") && strcmp(to->scalar, "active") &&
	    strcmp(to->scalar, "retired"))
		return cl_value_fail(err, path, to,
		                     "'%s' is no status of clauselint's (draft, active or retired)",
		                     to->scalar);
	if (strcmp(key, "review_interval") == 0 && cl_interval_parse(&interval, to->scalar) < 0)
		return cl_value_fail(err, path, to, "'%s' is no interval (such as '12 months')", to->scalar);
	return 0;
}

static int read_values(cl_reading *r, const cl_yaml_node *node, const char *path, cl_error *err)
{
	if (cl_value_mapping(node, path, "'mapping.values'", err) < 0)
		return -1;
	for (size_t k = 0; k < node->count; k++) {
		const char *key = node->keys[k]->scalar;
		const cl_yaml_node *map = node->values[k];

		if (!is_our_key(key))
			return cl_value_fail(err, path, node->keys[k],
			                     "'%s' in 'mapping.values' is no key clauselint reads", key);
		if (text_mapping(map, path, "a value map", err) < 0)
			return -1;
		for (size_t i = 0; i < map->count; i++) {
			if (check_target(key, map->values[i], path, err) < 0)
				return -1;
			cl_strvec_push(&r->value_key, key);
			cl_strvec_push(&r->value_from, map->keys[i]->scalar);
			cl_strvec_push(&r->value_to, map->values[i]->scalar);
		}
	}
	return 0;
}

static int read_types(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	cl_error glob_err;

	if (text_mapping(node, path, "'mapping.types'", err) < 0)
		return -1;
	for (size_t i = 0; i < node->count; i++) {
		if (cl_glob_check(node->keys[i]->scalar, &glob_err) < 0) {
			cl_error_set(err, "%s:%d: 'mapping.types': %s", path, node->keys[i]->line,
			             glob_err.message);
			return -1;
		}
		if (check_target("type", node->values[i], path, err) < 0)
			return -1;
		cl_strvec_push(&config->type_globs, node->keys[i]->scalar);
		cl_strvec_push(&config->type_names, node->values[i]->scalar);
	}
	return 0;
}

int cl_config_read_mapping(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"keys", "labels", "values", "types", NULL};
	const cl_yaml_node *v;

	if (cl_value_mapping(node, path, "'mapping'", err) < 0 ||
	    cl_value_check_keys(node, keys, path, " in 'mapping'", err) < 0)
		return -1;
	if ((v = cl_yaml_get(node, "keys")) && read_keys(&config->reading, v, path, err) < 0)
		return -1;
	if ((v = cl_yaml_get(node, "labels")) && read_labels(&config->reading, v, path, err) < 0)
		return -1;
	if ((v = cl_yaml_get(node, "values")) && read_values(&config->reading, v, path, err) < 0)
		return -1;
	if ((v = cl_yaml_get(node, "types")) && read_types(config, v, path, err) < 0)
		return -1;
	return 0;
}

const char *cl_config_path_type(const cl_config *config, const char *path)
{
	for (size_t i = 0; i < config->type_globs.count; i++)
		if (cl_glob_match(config->type_globs.items[i], path))
			return config->type_names.items[i];
	return NULL;
}
