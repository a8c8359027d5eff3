/*
 * reading.c: the metadata forms other than our front matter and the
 * mapping applied to them (lib/parse/reading.c): comply's header, the
 * document-control table or blockquote, Dataview inline fields, with key
 * aliases, value maps (a prefix pattern among them) and the clauses
 * normalised; every file of a repository that adopted clauselint goes
 * through them. The input is a file's bytes, read with every form on and
 * under and outside a `governed` glob; the front matter made is walked,
 * so a node left half-built shows up here.
 */
#include "fuzz/fuzz.h"
#include "parse/document.h"
#include "parse/reading.h"

static size_t walk(const cl_yaml_node *node, int depth)
{
	size_t n = 0;

	if (!node || depth > CL_YAML_MAX_DEPTH + 2)
		return 0;
	if (node->kind == CL_YAML_SCALAR)
		return strlen(node->scalar) + (size_t)node->line + (size_t)node->column;
	for (size_t i = 0; i < node->count; i++) {
		if (node->kind == CL_YAML_MAPPING)
			n += walk(node->keys[i], depth + 1) + walk(node->values[i], depth + 1);
		else
			n += walk(node->items[i], depth + 1);
	}
	return n;
}

static void mapping(cl_reading *r)
{
	/* clang-format 14 and 19 lay these out differently (docs/platforms.md). */
	/* clang-format off */
	static const char *const aliases[][2] = {
		{"name", "title"}, {"acronym", "id"}, {"satisfies", "clauses"},
		{"controls", "clauses"}, {"document-id", "id"}, {"review-cycle", "review_interval"},
	};
	static const char *const values[][3] = {
		{"status", "approved", "active"}, {"status", "superseded", "retired"},
		{"type", "Policy", "policy"}, {"version", "v*", "*"},
		{"review_interval", "Annual", "12 months"}, {"id", "*-x", "X-*-*"},
	};
	/* clang-format on */

	cl_reading_defaults(r);
	r->forms = CL_FORM_FRONT_MATTER | CL_FORM_COMPLY | CL_FORM_CONTROL | CL_FORM_DATAVIEW;
	for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
		cl_strvec_push(&r->alias_from, aliases[i][0]);
		cl_strvec_push(&r->alias_to, aliases[i][1]);
	}
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		cl_strvec_push(&r->value_key, values[i][0]);
		cl_strvec_push(&r->value_from, values[i][1]);
		cl_strvec_push(&r->value_to, values[i][2]);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_reading r;
	cl_document *doc;

	if (size > CL_MAX_FILE_BYTES)
		return 0;
	mapping(&r);
	for (int must_govern = 0; must_govern < 2; must_govern++) {
		cl_read_as as = {&r, must_govern ? NULL : "policy", must_govern};

		doc = cl_document_read("policies/fuzz.md", (const char *)data, size, &as);
		walk(doc->front_matter, 0);
		cl_document_free(doc);
	}
	doc = cl_document_read_front_matter("policies/fuzz.md", (const char *)data, size,
	                                    &(cl_read_as){&r, "policy", 0});
	walk(doc->front_matter, 0);
	cl_document_free(doc);
	cl_reading_free(&r);
	return 0;
}
