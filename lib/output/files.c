/*
 * files.c: the table of `clauselint files`, every Markdown file with
 * whether it is a governed document and why, as aligned text or JSON.
 */
#include "output/output.h"

#include <stdlib.h>
#include <string.h>

/* STATE, PATH, WHY: the reason last, since it may be a sentence. Cells
 * are quoted like paths (cl_table_cell), as in the status table. */
void cl_files_text(cl_buf *out, const cl_run_result *result)
{
	size_t n = result->file_count, state_width = strlen("STATE"), path_width = strlen("PATH");
	char **paths = cl_calloc(n ? n : 1, sizeof(char *));

	for (size_t i = 0; i < n; i++) {
		paths[i] = cl_table_cell(result->files[i].path);
		if (strlen(paths[i]) > path_width)
			path_width = strlen(paths[i]);
		if (strlen(result->files[i].state) > state_width)
			state_width = strlen(result->files[i].state);
	}
	cl_buf_printf(out, "%-*s  %-*s  %s\n", (int)state_width, "STATE", (int)path_width, "PATH", "WHY");
	for (size_t i = 0; i < n; i++) {
		char *why = cl_table_cell(result->files[i].detail);

		cl_buf_printf(out, "%-*s  %-*s  %s\n", (int)state_width, result->files[i].state,
		              (int)path_width, paths[i], why);
		free(why);
		free(paths[i]);
	}
	free(paths);
}

void cl_files_json(cl_buf *out, const cl_run_result *result)
{
	cl_buf_printf(out,
	              "{\n  \"version\": 1,\n  \"tool\": {\"name\": \"clauselint\", \"version\": \"%s\"},\n",
	              CL_VERSION);
	cl_buf_puts(out, "  \"files\": [");
	for (size_t i = 0; i < result->file_count; i++) {
		const cl_file_row *r = &result->files[i];

		cl_buf_puts(out, i ? ",\n    {\"path\": " : "\n    {\"path\": ");
		cl_escape_json(out, r->path);
		cl_buf_printf(out, ", \"state\": \"%s\", \"reason\": ", r->state);
		if (r->why)
			cl_buf_printf(out, "\"%s\"", cl_skip_reason_id(r->why));
		else
			cl_buf_puts(out, "null");
		cl_buf_puts(out, ", \"detail\": ");
		cl_escape_json(out, r->detail);
		cl_buf_putc(out, '}');
	}
	cl_buf_puts(out, result->file_count ? "\n  ]\n}\n" : "]\n}\n");
}
