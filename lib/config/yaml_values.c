/*
 * yaml_values.c: typed readers over the YAML tree, for the configuration
 * and the people registry; each fails with "path:line: what was
 * expected".
 */
#include "config/yaml_values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cl_value_fail(cl_error *err, const char *path, const cl_yaml_node *node, const char *fmt, const char *arg)
{
	char what[384];

	snprintf(what, sizeof(what), fmt, arg);
	cl_error_set(err, "%s:%d: %s", path, node ? node->line : 1, what);
	return -1;
}

int cl_value_string(char **out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (!text || !*text)
		return cl_value_fail(err, path, node, "'%s' expects a text value", key);
	free(*out);
	*out = cl_strdup(text);
	return 0;
}

int cl_value_string_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                         cl_error *err)
{
	if (!node || node->kind != CL_YAML_SEQUENCE)
		return cl_value_fail(err, path, node, "'%s' expects a list, e.g. [\"a\", \"b\"]", key);
	cl_strvec_free(out);
	for (size_t i = 0; i < node->count; i++) {
		const char *text = cl_yaml_text(node->items[i]);

		if (!text || !*text)
			return cl_value_fail(err, path, node->items[i], "'%s' expects a list of text values",
			                     key);
		cl_strvec_push(out, text);
	}
	return 0;
}

int cl_value_date(cl_date *out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (!text || cl_date_parse(out, text) < 0)
		return cl_value_fail(err, path, node, "'%s' expects a date YYYY-MM-DD", key);
	return 0;
}

int cl_value_mapping(const cl_yaml_node *node, const char *path, const char *what, cl_error *err)
{
	if (node && node->kind == CL_YAML_MAPPING)
		return 0;
	return cl_value_fail(err, path, node, "%s must be a mapping of keys", what);
}

int cl_value_check_keys(const cl_yaml_node *map, const char *const *known, const char *path,
                        const char *where, cl_error *err)
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
		if (cl_closest(key, known))
			cl_error_set(err,
			             "%s:%d: unknown key '%s'%s: did you mean '%s'? (expected one of: %s)",
			             path, map->keys[i]->line, key, where, cl_closest(key, known), list.ptr);
		else
			cl_error_set(err, "%s:%d: unknown key '%s'%s (expected one of: %s)", path,
			             map->keys[i]->line, key, where, list.ptr);
		cl_buf_free(&list);
		return -1;
	}
	return 0;
}

int cl_value_parse_file(cl_yaml_node **out, const char *text, size_t len, const char *path, cl_error *err)
{
	int line = 0, column = 0;
	cl_error yaml_err;

	if (cl_yaml_parse(out, text, len, 0, &line, &column, &yaml_err) < 0) {
		cl_error_set(err, "%s:%d: invalid YAML: %s", path, line, yaml_err.message);
		return -1;
	}
	return 0;
}
