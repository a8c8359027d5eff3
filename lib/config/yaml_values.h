/*
 * yaml_values.h: typed readers over the YAML tree, shared by the
 * configuration and the people registry. Each fails with
 * "path:line: what was expected" in err.
 */
#ifndef CL_YAML_VALUES_H
#define CL_YAML_VALUES_H

#include "parse/yaml.h"

/* Sets err to "path:line: " and `fmt` with `arg`; returns -1. */
int cl_value_fail(cl_error *err, const char *path, const cl_yaml_node *node, const char *fmt,
                  const char *arg);
/* A non-empty text value, replacing *out. */
int cl_value_string(char **out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err);
/* A list of non-empty strings; a single string is not accepted, so that
 * `include: *.md` (a YAML alias!) or a forgotten dash is caught. */
int cl_value_string_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                         cl_error *err);
int cl_value_date(cl_date *out, const cl_yaml_node *node, const char *path, const char *key, cl_error *err);
int cl_value_mapping(const cl_yaml_node *node, const char *path, const char *what, cl_error *err);
/* Fails on the first key of `map` that is not in `known` (NULL-ended);
 * `where` follows the key in the message (" in 'approvals'"). */
int cl_value_check_keys(const cl_yaml_node *map, const char *const *known, const char *path,
                        const char *where, cl_error *err);
/* Parses a whole file; an empty one gives *out == NULL. */
int cl_value_parse_file(cl_yaml_node **out, const char *text, size_t len, const char *path, cl_error *err);

#endif
