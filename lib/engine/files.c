/*
 * files.c: the rows of `clauselint files`, one per Markdown file within
 * `include`: whether it is a governed document and what decided it, as
 * `git check-ignore -v` names the pattern that ignores a path.
 */
#include "config/glob.h"
#include "engine/run.h"

#include <stdlib.h>
#include <string.h>

/* The configuration's first pattern of `patterns` that takes `path`. */
static const char *first_match(const cl_strvec *patterns, const char *path)
{
	for (size_t i = 0; i < patterns->count; i++)
		if (cl_glob_match(patterns->items[i], path))
			return patterns->items[i];
	return "";
}

static char *config_detail(const cl_run_state *st, const char *key, const cl_strvec *patterns,
                           const char *path)
{
	const char *where = st->config.display_path ? st->config.display_path : "the defaults";

	return cl_printf("%s: %s (%s)", key, first_match(patterns, path), where);
}

static char *governed_detail(const cl_document *doc)
{
	const char *type = cl_yaml_text(cl_document_field(doc, "type"));

	if (doc->type == CL_TYPE_REQUIREMENT)
		return cl_strdup("a requirement note (front matter with Code)");
	return cl_printf("type: %s", type ? type : "?");
}

static void describe_document(cl_file_row *row, const cl_run_state *st, const cl_document *doc)
{
	const char *type = cl_yaml_text(cl_document_field(doc, "type"));

	if (doc->unreadable || doc->front_matter_error) {
		row->state = "reported";
		row->detail = cl_strdup(doc->unreadable ? doc->unreadable : doc->front_matter_error);
	} else if (doc->governed) {
		row->state = "governed";
		row->detail = governed_detail(doc);
	} else if (doc->under_governed_glob) {
		char *glob = config_detail(st, "governed", &st->config.governed, doc->path);

		row->state = "reported";
		row->detail =
		        cl_printf("%s, and %s", glob, doc->has_front_matter ? "no type" : "no front matter");
		free(glob);
	} else {
		row->state = "skipped";
		row->why = doc->skipped ? doc->skipped : CL_SKIP_NO_TYPE;
		if (row->why == CL_SKIP_OTHER_TYPE && type)
			row->detail = cl_printf("%s (type: %s)", cl_skip_reason_text(row->why), type);
		else
			row->detail = cl_strdup(cl_skip_reason_text(row->why));
	}
}

static int describe_file(cl_file_row *row, const cl_run_state *st, const char *path)
{
	int skip = cl_run_markdown_skip(&st->config, path);
	const cl_document *doc;

	if (skip < 0 || !cl_run_is_reported(st, path))
		return 0;
	memset(row, 0, sizeof(*row));
	if (skip == CL_SKIP_EXCLUDED) {
		row->state = "excluded";
		row->why = CL_SKIP_EXCLUDED;
		row->detail = config_detail(st, "exclude", &st->config.exclude, path);
	} else if (skip == CL_SKIP_BUILT_IN) {
		row->state = "excluded";
		row->why = CL_SKIP_BUILT_IN;
		row->detail = cl_strdup("built in: a hidden, templates, test data or node_modules folder");
	} else if ((doc = cl_documents_find(st->documents, st->document_count, path)) != NULL) {
		describe_document(row, st, doc);
	} else {
		return 0; /* not a regular file, or gone while read */
	}
	row->path = cl_strdup(path);
	return 1;
}

void cl_run_collect_files(cl_run_result *out, const cl_run_state *st)
{
	out->files = cl_calloc(st->files.count ? st->files.count : 1, sizeof(cl_file_row));
	for (size_t i = 0; i < st->files.count; i++)
		out->file_count += describe_file(&out->files[out->file_count], st, st->files.items[i]);
}

void cl_files_free(cl_run_result *result)
{
	for (size_t i = 0; i < result->file_count; i++) {
		free(result->files[i].path);
		free(result->files[i].detail);
	}
	free(result->files);
	result->files = NULL;
	result->file_count = 0;
}
