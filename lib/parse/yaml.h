/*
 * yaml.h: a small, safe tree over libyaml, for front matter, the
 * configuration and the people registry.
 *
 * Text is read into this tree, never into libyaml's document model: it
 * keeps the 1-based line and column of every node, treats every scalar
 * as text (so `version: 1.10` stays "1.10"), and refuses what a policy
 * document never needs and an attacker could abuse: aliases (`&a [*a]`
 * contains itself), nesting deeper than CL_YAML_MAX_DEPTH, non-scalar
 * mapping keys, duplicate keys, several documents, and input over
 * CL_YAML_MAX_BYTES (docs/dependencies.md, libyaml).
 */
#ifndef CL_YAML_H
#define CL_YAML_H

#include "util/util.h"

#define CL_YAML_MAX_DEPTH 32
/* As much as the loaders read of a configuration or registry (1 MiB,
 * lib/engine/inputs.c); a front matter is bounded by its file first. */
#define CL_YAML_MAX_BYTES (1024 * 1024)

typedef enum { CL_YAML_SCALAR, CL_YAML_SEQUENCE, CL_YAML_MAPPING } cl_yaml_kind;

typedef struct cl_yaml_node cl_yaml_node;

struct cl_yaml_node {
	cl_yaml_kind kind;
	int line;   /* 1-based, plus the caller's line offset */
	int column; /* 1-based */
	/* CL_YAML_SCALAR: the text (NUL-terminated, never NULL) and whether
	 * it was written plain (unquoted, not a block scalar). */
	char *scalar;
	size_t scalar_len;
	int plain;
	/* CL_YAML_SEQUENCE: items[0..count). CL_YAML_MAPPING: keys[i] (always
	 * scalars) map to values[i], i in [0..count), in document order. */
	size_t count;
	cl_yaml_node **items;
	cl_yaml_node **keys;
	cl_yaml_node **values;
};

/*
 * Parses `len` bytes of YAML text. Line numbers in the tree and in `err`
 * are offset by `line_offset` (pass 1 when the text starts on the second
 * line of a file). An empty document gives *out == NULL and returns 0.
 * On failure returns -1, sets *err_line and *err_column (1-based, offset like
 * the tree) and a message such as "duplicate key 'id' (first at line 3)".
 * The caller owns *out and frees it with cl_yaml_free.
 */
int cl_yaml_parse(cl_yaml_node **out, const char *text, size_t len, int line_offset, int *err_line,
                  int *err_column, cl_error *err);
void cl_yaml_free(cl_yaml_node *node);

/* Building a tree by hand, for the readers of other metadata forms
 * (parse/reading.h): a scalar of `len` bytes of `text`, an empty mapping
 * or sequence, at a line and column of the file. */
cl_yaml_node *cl_yaml_new_scalar(const char *text, size_t len, int line, int column);
cl_yaml_node *cl_yaml_new_collection(cl_yaml_kind kind, int line, int column);
/* Appends to a mapping (`key` a scalar) or a sequence (`key` NULL),
 * which takes ownership of what is appended. */
void cl_yaml_append(cl_yaml_node *collection, cl_yaml_node *key, cl_yaml_node *value);
/* Index of `key` in a mapping, or -1. */
int cl_yaml_index(const cl_yaml_node *map, const char *key);

/* The value of `key` in a mapping (exact, case-sensitive), or NULL; also
 * NULL when `map` is NULL or not a mapping. Borrowed. */
const cl_yaml_node *cl_yaml_get(const cl_yaml_node *map, const char *key);
/* The key node for `key`, for its line; or NULL. Borrowed. */
const cl_yaml_node *cl_yaml_get_key(const cl_yaml_node *map, const char *key);
/* Whether a node is YAML's null: a plain scalar "", "~", "null", "Null"
 * or "NULL". */
int cl_yaml_is_null(const cl_yaml_node *node);
/* The text of a non-null scalar, else NULL. Borrowed. */
const char *cl_yaml_text(const cl_yaml_node *node);

#endif
