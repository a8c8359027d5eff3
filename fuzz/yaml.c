/*
 * yaml.c: cl_yaml_parse (lib/parse/yaml.c), the tree over libyaml that
 * front matter, .clauselint.yml and people.yml are read into. It refuses
 * aliases, deep nesting, duplicate and non-scalar keys and several
 * documents; the harness walks the tree it gives and looks every key up
 * again, as the configuration and front matter readers do.
 *
 * The input is the YAML text, at most CL_YAML_MAX_BYTES (what the
 * loaders read of a file, engine/inputs.c).
 */
#include "fuzz/fuzz.h"
#include "parse/yaml.h"

static size_t walk(const cl_yaml_node *node, int depth)
{
	size_t n = (size_t)node->line + (size_t)node->column;

	/* yaml.h: nesting deeper than CL_YAML_MAX_DEPTH is refused. */
	if (depth > CL_YAML_MAX_DEPTH + 1)
		__builtin_trap();
	switch (node->kind) {
	case CL_YAML_SCALAR:
		n += strlen(node->scalar) + (size_t)cl_yaml_is_null(node);
		break;
	case CL_YAML_SEQUENCE:
		for (size_t i = 0; i < node->count; i++)
			n += walk(node->items[i], depth + 1);
		break;
	case CL_YAML_MAPPING:
		for (size_t i = 0; i < node->count; i++) {
			const cl_yaml_node *key = node->keys[i];

			/* Keys are scalars, and each is found again by the
			 * lookup the readers use. */
			if (key->kind != CL_YAML_SCALAR || !cl_yaml_get(node, key->scalar) ||
			    !cl_yaml_get_key(node, key->scalar))
				__builtin_trap();
			n += walk(node->keys[i], depth + 1) + walk(node->values[i], depth + 1);
		}
		break;
	}
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_yaml_node *root = NULL;
	cl_error err;
	int line = 0, column = 0;

	if (size > CL_YAML_MAX_BYTES)
		return 0;
	if (cl_yaml_parse(&root, (const char *)data, size, 1, &line, &column, &err) == 0 && root)
		walk(root, 0);
	cl_yaml_free(root);
	return 0;
}
