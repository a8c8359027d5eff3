/*
 * finding.c: severities, the list of findings, its two orders and the
 * summary counts.
 *
 * Every report is built from the same sorted list, so two runs over the
 * same repository give byte-identical output whatever order the rules
 * happened to report in.
 */
#include "findings/findings.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const severity_names[] = {"off", "note", "warning", "error"};

#define SEVERITY_COUNT (sizeof(severity_names) / sizeof(severity_names[0]))

const char *cl_severity_name(cl_severity sev)
{
	/* An out-of-range value is a bug in the caller; say so in the output
	 * rather than read past the table. */
	if ((unsigned)sev >= SEVERITY_COUNT)
		return "unknown";
	return severity_names[sev];
}

int cl_severity_parse(cl_severity *out, const char *name)
{
	/* Exact names only: the configuration is strict (docs/configuration.md), and a
	 * typo such as "warn" must be an error, not a silent default. */
	if (!name)
		return -1;
	for (size_t i = 0; i < SEVERITY_COUNT; i++) {
		if (strcmp(name, severity_names[i]) == 0) {
			*out = (cl_severity)i;
			return 0;
		}
	}
	return -1;
}

void cl_findings_add(cl_findings *list, const cl_rule *rule, cl_severity sev, const char *path, int line,
                     int column, const char *message)
{
	void *items = list->items;
	cl_finding *f;

	cl_grow(&items, &list->cap, list->count + 1, sizeof(cl_finding));
	list->items = items;
	f = &list->items[list->count++];
	f->rule = rule;
	f->severity = sev;
	f->path = path ? cl_strdup(path) : NULL;
	f->line = line;
	f->column = column;
	/* A NULL message would crash every emitter; an empty one is merely
	 * unhelpful and visible in review. */
	f->message = cl_strdup(message ? message : "");
	f->fingerprint[0] = '\0';
	f->repository_level = 0;
}

static int compare_paths(const char *a, const char *b)
{
	/* Repository-level findings (no file) come before any file. */
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b); /* compares as unsigned char: byte order */
}

static int compare_ints(int a, int b)
{
	return (a > b) - (a < b);
}

static int compare_findings(const void *pa, const void *pb)
{
	const cl_finding *a = pa;
	const cl_finding *b = pb;
	int c;

	c = compare_paths(a->path, b->path);
	if (c)
		return c;
	c = compare_ints(a->line, b->line);
	if (c)
		return c;
	c = compare_ints(a->column, b->column);
	if (c)
		return c;
	c = strcmp(a->rule->name, b->rule->name);
	if (c)
		return c;
	c = strcmp(a->message, b->message);
	if (c)
		return c;
	/* qsort isn't stable: the severity makes the order total, so equal
	 * keys can't come out in an order that depends on the libc. */
	return compare_ints((int)b->severity, (int)a->severity);
}

/*
 * Fingerprints.
 *
 * A baseline (--baseline), GitHub code scanning (partialFingerprints) and
 * GitLab Code Quality all recognise "the same finding" in the report of a
 * later commit by a fingerprint, so it must not change when nothing about
 * the finding did. Lines and columns are left out: a paragraph added
 * above a finding moves it without changing it. So is the severity: a
 * rule made a warning in the configuration is still the same finding.
 * The message is kept, since it says which key, link or approver is
 * wrong, but normalised: messages quote commit ids, dates and counts ("on
 * 2026-03-02 (732291a)", "12 days ago") that change with every commit or
 * every day. A run of 7 to 40 hex digits that holds a digit (an abbreviated
 * or full commit id) becomes "#", and so does every other run of digits.
 *
 * What that leaves can be the same for two findings of one file (two
 * broken links to files whose names differ only in digits): each also
 * hashes its occurrence index among the findings of the same rule, path
 * and normalised message, in sorted order, so every finding of a report
 * has its own fingerprint and they stay put as long as such twins keep
 * their order.
 *
 * The hash is 64-bit FNV-1a over rule, NUL, path ("" when none), NUL,
 * normalised message, NUL, index in decimal: no dependency, stable on
 * every platform, and 16 hex digits are plenty to tell apart the findings
 * of one repository. It is not a security measure.
 */
#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t fnv1a(uint64_t hash, const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		hash ^= (unsigned char)data[i];
		hash *= FNV_PRIME;
	}
	return hash;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* ASCII only: the C library's isxdigit depends on the locale. */
static int is_hex(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static void normalise_message(cl_buf *out, const char *s)
{
	/* Put something even for an empty message: callers use out->ptr. */
	cl_buf_put(out, "", 0);
	while (*s) {
		size_t run = 0, digits = 0;

		while (is_hex(s[run])) {
			digits += is_digit(s[run]);
			run++;
		}
		if (!run) {
			cl_buf_putc(out, *s++);
			continue;
		}
		if (run >= 7 && run <= 40 && digits) {
			cl_buf_putc(out, '#');
			s += run;
			continue;
		}
		for (size_t i = 0; i < run;) {
			if (!is_digit(s[i])) {
				cl_buf_putc(out, s[i++]);
				continue;
			}
			cl_buf_putc(out, '#');
			while (i < run && is_digit(s[i]))
				i++;
		}
		s += run;
	}
}

static void set_fingerprints(cl_findings *list)
{
	cl_map seen = CL_MAP_INIT;
	cl_buf key = CL_BUF_INIT;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];
		const char *path = f->path ? f->path : "";
		uintptr_t index;
		char number[32];
		uint64_t hash;

		key.len = 0;
		cl_buf_put(&key, f->rule->name, strlen(f->rule->name) + 1);
		cl_buf_put(&key, path, strlen(path) + 1);
		normalise_message(&key, f->message);
		/* The map keeps index + 1, so that 0 (NULL) means unseen. */
		index = (uintptr_t)cl_map_get(&seen, key.ptr, key.len);
		cl_map_put(&seen, key.ptr, key.len, (void *)(index + 1));
		snprintf(number, sizeof(number), "%zu", (size_t)index);
		hash = fnv1a(FNV_OFFSET, key.ptr, key.len);
		hash = fnv1a(hash, "", 1);
		hash = fnv1a(hash, number, strlen(number));
		snprintf(f->fingerprint, sizeof(f->fingerprint), "%016llx", (unsigned long long)hash);
	}
	cl_buf_free(&key);
	cl_map_free(&seen);
}

void cl_findings_sort(cl_findings *list)
{
	if (list->count > 1)
		qsort(list->items, list->count, sizeof(cl_finding), compare_findings);
	set_fingerprints(list);
}

/* Bucket 0 is errors, then warnings, notes, and anything else last. */
static size_t severity_bucket(cl_severity sev)
{
	switch (sev) {
	case CL_SEV_ERROR:
		return 0;
	case CL_SEV_WARNING:
		return 1;
	case CL_SEV_NOTE:
		return 2;
	default:
		return 3;
	}
}

#define BUCKET_COUNT 4

void cl_findings_sort_by_severity(cl_findings *list)
{
	size_t start[BUCKET_COUNT] = {0};
	size_t at = 0;
	cl_finding *sorted;

	if (list->count < 2)
		return;
	/* A counting pass, not qsort: the order within a severity must stay
	 * the caller's (sorted) order, and qsort promises no stability. */
	for (size_t i = 0; i < list->count; i++)
		start[severity_bucket(list->items[i].severity)]++;
	for (size_t b = 0; b < BUCKET_COUNT; b++) {
		size_t n = start[b];

		start[b] = at;
		at += n;
	}
	sorted = cl_malloc(list->count * sizeof(cl_finding));
	for (size_t i = 0; i < list->count; i++)
		sorted[start[severity_bucket(list->items[i].severity)]++] = list->items[i];
	memcpy(list->items, sorted, list->count * sizeof(cl_finding));
	free(sorted);
}

void cl_findings_free(cl_findings *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->count; i++) {
		free(list->items[i].path);
		free(list->items[i].message);
	}
	free(list->items);
	list->items = NULL;
	list->count = 0;
	list->cap = 0;
}

void cl_summary_count(cl_summary *out, const cl_findings *list, size_t documents)
{
	memset(out, 0, sizeof(*out));
	out->documents = documents;
	for (size_t i = 0; i < list->count; i++) {
		switch (list->items[i].severity) {
		case CL_SEV_ERROR:
			out->errors++;
			break;
		case CL_SEV_WARNING:
			out->warnings++;
			break;
		case CL_SEV_NOTE:
			out->notes++;
			break;
		default:
			break;
		}
	}
}

static void put_count(cl_buf *out, size_t n, const char *one, const char *many)
{
	cl_buf_printf(out, "%zu %s", n, n == 1 ? one : many);
}

static const struct {
	const char *id, *text;
} skip_reasons[CL_SKIP_REASONS] = {
        [CL_SKIP_NO_FRONT_MATTER] = {"no-front-matter", "without front matter"},
        [CL_SKIP_UNCLOSED] = {"front-matter-unclosed", "with a first line '---' never closed"},
        [CL_SKIP_NO_TYPE] = {"no-type", "with front matter but no type"},
        [CL_SKIP_OTHER_TYPE] = {"other-type", "with another tool's type"},
        [CL_SKIP_BINARY] = {"binary", "binary"},
        [CL_SKIP_UTF16] = {"utf-16", "in UTF-16"},
        [CL_SKIP_NOT_UTF8] = {"not-utf-8", "with front matter that isn't UTF-8"},
        [CL_SKIP_TOO_LARGE] = {"too-large", "over 512 KiB"},
        [CL_SKIP_EXCLUDED] = {"excluded", "excluded by the configuration"},
        [CL_SKIP_BUILT_IN] = {"built-in-excluded", "in hidden, templates, test data or node_modules folders"},
};

const char *cl_skip_reason_text(cl_skip_reason reason)
{
	return reason > CL_SKIP_NONE && reason < CL_SKIP_REASONS ? skip_reasons[reason].text : "";
}

const char *cl_skip_reason_id(cl_skip_reason reason)
{
	return reason > CL_SKIP_NONE && reason < CL_SKIP_REASONS ? skip_reasons[reason].id : "";
}

size_t cl_summary_skipped(const cl_summary *s)
{
	size_t n = 0;

	for (int r = CL_SKIP_NONE + 1; r < CL_SKIP_REASONS; r++)
		n += s->skipped[r];
	return n;
}

/* "; 3 Markdown files not governed: 2 without front matter, 1 excluded
 * by the configuration" */
static void put_skipped(cl_buf *out, const cl_summary *s)
{
	size_t total = cl_summary_skipped(s);
	const char *sep = ": ";

	if (!total)
		return;
	cl_buf_puts(out, "; ");
	put_count(out, total, "Markdown file", "Markdown files");
	cl_buf_puts(out, " not governed");
	for (int r = CL_SKIP_NONE + 1; r < CL_SKIP_REASONS; r++) {
		if (!s->skipped[r])
			continue;
		cl_buf_printf(out, "%s%zu %s", sep, s->skipped[r], skip_reasons[r].text);
		sep = ", ";
	}
}

void cl_summary_format(cl_buf *out, const cl_summary *s)
{
	put_count(out, s->errors, "error", "errors");
	cl_buf_puts(out, ", ");
	put_count(out, s->warnings, "warning", "warnings");
	cl_buf_puts(out, ", ");
	put_count(out, s->notes, "note", "notes");
	cl_buf_puts(out, " in ");
	put_count(out, s->documents, "document", "documents");
	if (s->baselined)
		cl_buf_printf(out, " (%zu more in the baseline)", s->baselined);
	put_skipped(out, s);
	cl_buf_putc(out, '\n');
}

const char *cl_finding_file(const cl_finding *f)
{
	return f->path ? f->path : ".clauselint.yml";
}
