/*
 * lint.c: every rule of the built-in table (rules/registry.c) over a
 * small repository held in memory, as tests/rules/test_rules.c lints one:
 * the readers the rules keep to themselves (RACI cells, records, the
 * policy's phrases, requirement notes against the catalogue, links
 * between documents, suppression comments) see documents, a registry and
 * a configuration that are all the repository's. Then a report is written
 * (output/escape.c gets the repository's text; which one depends on the
 * input's length, as writing them all took most of each run), and the
 * json report must read back as a baseline that holds every finding.
 *
 * The input is parts separated by NUL bytes: people.yml, .clauselint.yml,
 * then files, each its path on the first line and its content after it.
 * An empty registry or configuration is none (the defaults); one that
 * doesn't parse is none too, as the rules never see one. No history is
 * read: the approval rules see documents with none, as on a first run.
 */
#include "fuzz/fuzz.h"
#include "config/glob.h"
#include "engine/lint.h"
#include "findings/baseline.h"
#include "rules/registry.h"

#include <stdlib.h>

#define MAX_FILES 16

typedef struct {
	cl_config config;
	cl_people people;
	cl_strvec files;
	cl_document *docs[MAX_FILES];
	size_t count;
	cl_findings findings;
} repo;

/* A path git could have in a tree: relative, no empty, "." or ".."
 * component. Anything else stands for a file of its own name. */
static int usable_path(const char *path)
{
	const char *p = path;

	if (!*path || strlen(path) > 1024)
		return 0;
	for (;;) {
		const char *slash = strchr(p, '/');
		size_t n = slash ? (size_t)(slash - p) : strlen(p);

		if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
		if (!slash)
			return 1;
		p = slash + 1;
	}
}

static void add_file(repo *r, const char *text, size_t len)
{
	const char *nl = memchr(text, '\n', len);
	size_t path_len = nl ? (size_t)(nl - text) : len;
	char *path = cl_strndup(text, path_len);
	const char *body = nl ? nl + 1 : text + len;
	size_t body_len = len - (size_t)(body - text);

	if (!usable_path(path)) {
		free(path);
		path = cl_printf("file-%zu.md", r->files.count);
	}
	for (size_t i = 0; i < r->files.count; i++) {
		if (strcmp(r->files.items[i], path) == 0) {
			free(path);
			return;
		}
	}
	/* What the reader parses as Markdown (engine/read.c). */
	if (cl_glob_match_any(&r->config.include, path) && !cl_glob_match_any(&r->config.exclude, path) &&
	    body_len <= CL_MAX_FILE_BYTES) {
		cl_document *doc = cl_document_parse(path, body, body_len);

		doc->under_governed_glob = cl_glob_match_any(&r->config.governed, path);
		r->docs[r->count++] = doc;
	}
	cl_strvec_push_owned(&r->files, path);
}

static int compare_docs(const void *a, const void *b)
{
	return strcmp((*(cl_document *const *)a)->path, (*(cl_document *const *)b)->path);
}

/* One report, picked by `which` (the input's length): a format with or
 * without colours and --quiet, or the GitHub job summary. Then the json
 * report, which read back as a baseline must hold every finding. */
static void check_reports(const repo *r, size_t which)
{
	static const cl_format formats[] = {CL_FORMAT_TEXT, CL_FORMAT_GITHUB, CL_FORMAT_SARIF,
	                                    CL_FORMAT_JUNIT, CL_FORMAT_CODEQUALITY};
	size_t n = sizeof(formats) / sizeof(formats[0]);
	cl_report_options opts;
	cl_summary summary;
	cl_buf out = CL_BUF_INIT;
	cl_baseline *baseline = NULL;
	cl_error err;

	memset(&opts, 0, sizeof(opts));
	opts.framework = r->config.framework;
	opts.documents = &r->files;
	opts.color = (which / (n + 1)) % 2;
	opts.quiet = (which / (2 * (n + 1))) % 2;
	cl_summary_count(&summary, &r->findings, r->count);
	if (which % (n + 1) == n)
		cl_report_github_summary(&out, &r->findings, &summary, &opts);
	else
		cl_report_write(&out, formats[which % (n + 1)], &r->findings, &summary, &opts);
	cl_buf_free(&out);
	/* --quiet leaves all but errors out of the json report too. */
	opts.quiet = 0;
	cl_report_write(&out, CL_FORMAT_JSON, &r->findings, &summary, &opts);
	if (cl_baseline_parse(&baseline, out.ptr, out.len, "report.json", &err) < 0)
		__builtin_trap();
	for (size_t i = 0; i < r->findings.count; i++)
		if (!cl_baseline_contains(baseline, &r->findings.items[i]))
			__builtin_trap();
	cl_baseline_free(baseline);
	cl_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *part = data, *rest;
	size_t part_size = size, rest_size, len;
	cl_error err;
	cl_lint lint;
	repo r;

	memset(&r, 0, sizeof(r));
	cl_config_defaults(&r.config);
	for (int i = 0; part && r.files.count < MAX_FILES; i++) {
		len = fuzz_split(part, part_size, 0, &rest, &rest_size);
		if (i == 0 && len > 0) {
			cl_strvec_push(&r.files, "people.yml");
			if (cl_people_parse(&r.people, (const char *)part, len, "people.yml", &err) < 0) {
				cl_people_free(&r.people);
				memset(&r.people, 0, sizeof(r.people));
			}
		} else if (i == 1 && len > 0) {
			cl_strvec_push(&r.files, ".clauselint.yml");
			if (cl_config_parse(&r.config, (const char *)part, len, ".clauselint.yml",
			                    &cl_builtin_rules, &err) < 0) {
				cl_config_free(&r.config);
				cl_config_defaults(&r.config);
			}
		} else if (i >= 2) {
			add_file(&r, (const char *)part, len);
		}
		part = rest;
		part_size = rest_size;
	}
	qsort(r.docs, r.count, sizeof(r.docs[0]), compare_docs);
	cl_strvec_sort(&r.files);

	memset(&lint, 0, sizeof(lint));
	lint.config = &r.config;
	lint.people = &r.people;
	lint.documents = r.docs;
	lint.document_count = r.count;
	lint.files = &r.files;
	lint.today = (cl_date){2026, 11, 22};
	lint.findings = &r.findings;
	cl_lint_run(&lint, &cl_builtin_rules);
	check_reports(&r, size);

	for (size_t i = 0; i < r.count; i++)
		cl_document_free(r.docs[i]);
	cl_findings_free(&r.findings);
	cl_strvec_free(&r.files);
	cl_people_free(&r.people);
	cl_config_free(&r.config);
	return 0;
}
