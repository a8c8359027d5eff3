/*
 * baseline.c: --baseline, the findings a repository has agreed to live
 * with for now.
 *
 * A team adopting clauselint on an existing ISMS saves today's json
 * report and passes it as the baseline: from then on only new findings
 * fail the pipeline, and the old ones can be worked off one by one. A
 * finding is in the baseline when the report has one of the same rule,
 * path and fingerprint; the fingerprint (finding.c) survives line shifts
 * and new commit ids, and a finding whose text changes (another approver,
 * another missing key) is a new one.
 *
 * The baseline is a file a person may have edited, or that may not be a
 * clauselint report at all, so it is read with a strict JSON parser of
 * its own (RFC 8259: no comments, no trailing commas, valid UTF-8, escapes
 * checked) that keeps only the three strings of each finding and skips
 * everything else without building a tree: a report of 100,000 findings
 * costs a few megabytes. Nesting is bounded so hostile input can't
 * exhaust the stack.
 */
#include "findings/baseline.h"

#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

struct cl_baseline {
	/* "rule\0path\0fingerprint" (path "" for none) -> (void *)1 */
	cl_map keys;
	size_t count;
};

typedef struct {
	const char *text;
	size_t len;
	size_t pos;
	const char *path; /* for messages */
	cl_error *err;
	int failed;
} parser;

/* ---- errors ---- */

static void position(const parser *p, size_t at, int *line, int *column)
{
	*line = 1;
	*column = 1;
	for (size_t i = 0; i < at && i < p->len; i++) {
		if (p->text[i] == '\n') {
			(*line)++;
			*column = 1;
		} else if (((unsigned char)p->text[i] & 0xc0) != 0x80) {
			(*column)++;
		}
	}
}

/* "not JSON" at the current position; returns -1. The first error wins. */
static int syntax_error(parser *p, const char *what)
{
	int line, column;

	if (p->failed)
		return -1;
	position(p, p->pos, &line, &column);
	if (p->pos >= p->len)
		cl_error_set(p->err, "baseline %s is not JSON: %s at the end of the file", p->path, what);
	else
		cl_error_set(p->err, "baseline %s is not JSON: line %d, column %d: %s", p->path, line, column,
		             what);
	p->failed = 1;
	return -1;
}

/* Valid JSON, but not a clauselint report; returns -1. */
static int shape_error(parser *p, const char *what)
{
	if (!p->failed)
		cl_error_set(p->err, "baseline %s is not a clauselint json report: %s", p->path, what);
	p->failed = 1;
	return -1;
}

/* ---- the lexical level ---- */

static void skip_space(parser *p)
{
	while (p->pos < p->len) {
		char c = p->text[p->pos];

		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->pos++;
	}
}

static int peek(parser *p)
{
	skip_space(p);
	return p->pos < p->len ? (unsigned char)p->text[p->pos] : -1;
}

static int expect(parser *p, char c, const char *what)
{
	if (peek(p) != (unsigned char)c)
		return syntax_error(p, what);
	p->pos++;
	return 0;
}

static int literal(parser *p, const char *word)
{
	size_t n = strlen(word);

	if (p->len - p->pos < n || memcmp(p->text + p->pos, word, n) != 0)
		return syntax_error(p, "expected a value");
	p->pos += n;
	return 0;
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Four hex digits after "\u" at p->pos; -1 when they aren't. */
static long read_hex4(parser *p)
{
	long value = 0;

	if (p->len - p->pos < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		int h = hex_value(p->text[p->pos + i]);

		if (h < 0)
			return -1;
		value = value * 16 + h;
	}
	p->pos += 4;
	return value;
}

static void put_utf8(cl_buf *out, unsigned long cp)
{
	if (cp < 0x80) {
		cl_buf_putc(out, (char)cp);
	} else if (cp < 0x800) {
		cl_buf_putc(out, (char)(0xc0 | (cp >> 6)));
		cl_buf_putc(out, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		cl_buf_putc(out, (char)(0xe0 | (cp >> 12)));
		cl_buf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3f)));
		cl_buf_putc(out, (char)(0x80 | (cp & 0x3f)));
	} else {
		cl_buf_putc(out, (char)(0xf0 | (cp >> 18)));
		cl_buf_putc(out, (char)(0x80 | ((cp >> 12) & 0x3f)));
		cl_buf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3f)));
		cl_buf_putc(out, (char)(0x80 | (cp & 0x3f)));
	}
}

/* "\u" and its digits (p->pos at the 'u'), a surrogate pair as one
 * character; a lone surrogate is no character at all. */
static int unicode_escape(parser *p, cl_buf *out)
{
	long cp, low;

	p->pos++;
	cp = read_hex4(p);
	if (cp < 0)
		return syntax_error(p, "a \\u escape needs four hex digits");
	if (cp >= 0xdc00 && cp <= 0xdfff)
		return syntax_error(p, "a \\u escape of a lone low surrogate");
	if (cp >= 0xd800 && cp <= 0xdbff) {
		if (p->len - p->pos < 2 || p->text[p->pos] != '\\' || p->text[p->pos + 1] != 'u')
			return syntax_error(p, "a \\u escape of a high surrogate without its low one");
		p->pos += 2;
		low = read_hex4(p);
		if (low < 0xdc00 || low > 0xdfff)
			return syntax_error(p, "a \\u escape of a high surrogate without its low one");
		cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
	}
	if (out)
		put_utf8(out, (unsigned long)cp);
	return 0;
}

static int simple_escape(char c, char *out)
{
	static const char from[] = "\"\\/bfnrt";
	static const char to[] = "\"\\/\b\f\n\r\t";
	const char *at = c ? strchr(from, c) : NULL;

	if (!at)
		return -1;
	*out = to[at - from];
	return 0;
}

/* A string at p->pos (its opening quote), decoded into `out` when it is
 * not NULL, else only checked. */
static int string(parser *p, cl_buf *out)
{
	if (expect(p, '"', "expected a string") < 0)
		return -1;
	if (out)
		cl_buf_put(out, "", 0);
	while (p->pos < p->len) {
		unsigned char c = (unsigned char)p->text[p->pos];
		int n;
		char e;

		if (c == '"') {
			p->pos++;
			return 0;
		}
		if (c < 0x20)
			return syntax_error(p, "a control character in a string (write it as an escape)");
		if (c == '\\') {
			p->pos++;
			if (p->pos >= p->len)
				break;
			if (p->text[p->pos] == 'u') {
				if (unicode_escape(p, out) < 0)
					return -1;
				continue;
			}
			if (simple_escape(p->text[p->pos], &e) < 0)
				return syntax_error(p, "an unknown escape in a string");
			if (out)
				cl_buf_putc(out, e);
			p->pos++;
			continue;
		}
		n = cl_utf8_step(p->text + p->pos, p->len - p->pos);
		if (n < 0)
			return syntax_error(p, "invalid UTF-8");
		if (out)
			cl_buf_put(out, p->text + p->pos, (size_t)n);
		p->pos += (size_t)n;
	}
	return syntax_error(p, "a string that is never closed");
}

static int digits(parser *p)
{
	size_t start = p->pos;

	while (p->pos < p->len && p->text[p->pos] >= '0' && p->text[p->pos] <= '9')
		p->pos++;
	return p->pos > start ? 0 : syntax_error(p, "a number needs digits");
}

/* A number; its text (without surrounding space) in *start, *len. */
static int number(parser *p, size_t *start, size_t *len)
{
	skip_space(p);
	*start = p->pos;
	if (p->pos < p->len && p->text[p->pos] == '-')
		p->pos++;
	if (p->pos < p->len && p->text[p->pos] == '0') {
		p->pos++;
	} else if (digits(p) < 0) {
		return -1;
	}
	if (p->pos < p->len && p->text[p->pos] == '.') {
		p->pos++;
		if (digits(p) < 0)
			return -1;
	}
	if (p->pos < p->len && (p->text[p->pos] == 'e' || p->text[p->pos] == 'E')) {
		p->pos++;
		if (p->pos < p->len && (p->text[p->pos] == '+' || p->text[p->pos] == '-'))
			p->pos++;
		if (digits(p) < 0)
			return -1;
	}
	*len = p->pos - *start;
	return 0;
}

/* ---- values ---- */

static int skip_value(parser *p, int depth);

/* The members of an object or the items of an array after its opening
 * bracket, each skipped. */
static int skip_container(parser *p, char close, int depth)
{
	int first = 1;

	for (;;) {
		if (peek(p) == (unsigned char)close && first) {
			p->pos++;
			return 0;
		}
		if (close == '}') {
			if (string(p, NULL) < 0 || expect(p, ':', "expected ':' after a key") < 0)
				return -1;
		}
		if (skip_value(p, depth + 1) < 0)
			return -1;
		if (peek(p) == (unsigned char)close) {
			p->pos++;
			return 0;
		}
		if (expect(p, ',', close == '}' ? "expected ',' or '}'" : "expected ',' or ']'") < 0)
			return -1;
		first = 0;
	}
}

static int skip_value(parser *p, int depth)
{
	size_t start, len;
	int c = peek(p);

	if (depth > MAX_DEPTH)
		return syntax_error(p, "nested too deeply");
	switch (c) {
	case '{':
	case '[':
		p->pos++;
		return skip_container(p, c == '{' ? '}' : ']', depth);
	case '"':
		return string(p, NULL);
	case 't':
		return literal(p, "true");
	case 'f':
		return literal(p, "false");
	case 'n':
		return literal(p, "null");
	default:
		if (c == '-' || (c >= '0' && c <= '9'))
			return number(p, &start, &len);
		return syntax_error(p, "expected a value");
	}
}

/* ---- the report ---- */

/* What a finding of the report names; `rule` and `fingerprint` are ""
 * until seen, `path` is "" for null. */
typedef struct {
	cl_buf rule, path, fingerprint;
	int has_rule, has_path, has_fingerprint;
} entry;

static int entry_string(parser *p, cl_buf *out, int *seen, const char *key, size_t index, int nullable)
{
	char *what;

	if (*seen) {
		what = cl_printf("finding %zu has two \"%s\"", index + 1, key);
		shape_error(p, what);
		free(what);
		return -1;
	}
	*seen = 1;
	if (nullable && peek(p) == 'n')
		return literal(p, "null");
	if (peek(p) == '"')
		return string(p, out);
	if (skip_value(p, 2) < 0)
		return -1;
	what = cl_printf("the \"%s\" of finding %zu is not a string", key, index + 1);
	shape_error(p, what);
	free(what);
	return -1;
}

static int finding_member(parser *p, entry *e, size_t index)
{
	cl_buf key = CL_BUF_INIT;
	int rc;

	if (string(p, &key) < 0 || expect(p, ':', "expected ':' after a key") < 0) {
		cl_buf_free(&key);
		return -1;
	}
	if (strcmp(key.ptr, "rule") == 0)
		rc = entry_string(p, &e->rule, &e->has_rule, "rule", index, 0);
	else if (strcmp(key.ptr, "path") == 0)
		rc = entry_string(p, &e->path, &e->has_path, "path", index, 1);
	else if (strcmp(key.ptr, "fingerprint") == 0)
		rc = entry_string(p, &e->fingerprint, &e->has_fingerprint, "fingerprint", index, 0);
	else
		rc = skip_value(p, 3);
	cl_buf_free(&key);
	return rc;
}

static int add_entry(parser *p, cl_baseline *b, entry *e, size_t index)
{
	cl_buf key = CL_BUF_INIT;
	const char *missing = !e->has_rule ? "rule" : !e->has_path ? "path" : NULL;
	char *what;

	if (missing) {
		what = cl_printf("finding %zu has no \"%s\"", index + 1, missing);
		shape_error(p, what);
		free(what);
		return -1;
	}
	if (!e->has_fingerprint || !e->fingerprint.len) {
		what = cl_printf(
		        "finding %zu has no \"fingerprint\" (a report of an older clauselint?); make the baseline again with --format json",
		        index + 1);
		shape_error(p, what);
		free(what);
		return -1;
	}
	cl_buf_put(&key, e->rule.ptr ? e->rule.ptr : "", e->rule.len + 1);
	cl_buf_put(&key, e->path.ptr ? e->path.ptr : "", e->path.len + 1);
	cl_buf_put(&key, e->fingerprint.ptr, e->fingerprint.len);
	cl_map_put(&b->keys, key.ptr, key.len, (void *)1);
	b->count++;
	cl_buf_free(&key);
	return 0;
}

static int finding(parser *p, cl_baseline *b, size_t index)
{
	entry e;
	int rc = 0, first = 1;

	memset(&e, 0, sizeof(e));
	if (peek(p) != '{') {
		char *what = cl_printf("finding %zu is not an object", index + 1);

		if (skip_value(p, 2) == 0)
			shape_error(p, what);
		free(what);
		return -1;
	}
	p->pos++;
	while (rc == 0) {
		if (first && peek(p) == '}') {
			p->pos++;
			break;
		}
		rc = finding_member(p, &e, index);
		if (rc < 0)
			break;
		if (peek(p) == '}') {
			p->pos++;
			break;
		}
		rc = expect(p, ',', "expected ',' or '}'");
		first = 0;
	}
	if (rc == 0)
		rc = add_entry(p, b, &e, index);
	cl_buf_free(&e.rule);
	cl_buf_free(&e.path);
	cl_buf_free(&e.fingerprint);
	return rc;
}

static int findings(parser *p, cl_baseline *b)
{
	size_t index = 0;

	if (peek(p) != '[') {
		if (skip_value(p, 1) == 0)
			shape_error(p, "\"findings\" is not a list");
		return -1;
	}
	p->pos++;
	if (peek(p) == ']') {
		p->pos++;
		return 0;
	}
	for (;;) {
		if (finding(p, b, index++) < 0)
			return -1;
		if (peek(p) == ']') {
			p->pos++;
			return 0;
		}
		if (expect(p, ',', "expected ',' or ']'") < 0)
			return -1;
	}
}

/* The report's members: "version" and "findings" read, the rest skipped. */
static int read_report(parser *p, cl_baseline *b, cl_buf *version)
{
	int has_version = 0, has_findings = 0, first = 1;

	if (peek(p) != '{') {
		if (skip_value(p, 0) == 0)
			shape_error(p, "expected an object with \"version\" and \"findings\"");
		return -1;
	}
	p->pos++;
	for (;;) {
		cl_buf key = CL_BUF_INIT;
		size_t start, len;
		int rc = 0;

		if (first && peek(p) == '}') {
			p->pos++;
			break;
		}
		first = 0;
		if (string(p, &key) < 0 || expect(p, ':', "expected ':' after a key") < 0) {
			cl_buf_free(&key);
			return -1;
		}
		if (strcmp(key.ptr, "version") == 0 || strcmp(key.ptr, "findings") == 0) {
			int *seen = key.ptr[0] == 'v' ? &has_version : &has_findings;

			if (*seen) {
				char *what = cl_printf("two \"%s\"", key.ptr);

				shape_error(p, what);
				free(what);
				rc = -1;
			}
			*seen = 1;
		}
		if (rc == 0 && strcmp(key.ptr, "version") == 0) {
			int c = peek(p);

			if (c == '-' || (c >= '0' && c <= '9')) {
				rc = number(p, &start, &len);
				if (rc == 0)
					cl_buf_put(version, p->text + start, len);
			} else if (skip_value(p, 1) == 0) {
				rc = shape_error(p, "its \"version\" is not a number");
			} else {
				rc = -1;
			}
		} else if (rc == 0 && strcmp(key.ptr, "findings") == 0) {
			rc = findings(p, b);
		} else if (rc == 0) {
			rc = skip_value(p, 1);
		}
		cl_buf_free(&key);
		if (rc < 0)
			return -1;
		if (peek(p) == '}') {
			p->pos++;
			break;
		}
		if (expect(p, ',', "expected ',' or '}'") < 0)
			return -1;
	}
	if (!has_version)
		return shape_error(p, "it has no \"version\"");
	if (!has_findings)
		return shape_error(p, "it has no \"findings\"");
	return 0;
}

int cl_baseline_parse(cl_baseline **out, const char *text, size_t len, const char *path, cl_error *err)
{
	cl_baseline *b = cl_calloc(1, sizeof(*b));
	cl_buf version = CL_BUF_INIT;
	parser p = {text, len, 0, path, err, 0};
	int rc;

	*out = NULL;
	/* A UTF-8 BOM, as an editor on Windows may have added. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		p.pos = 3;
	if (peek(&p) < 0) {
		cl_error_set(err, "baseline %s is empty: it should be a report of --format json", path);
		rc = -1;
	} else
		rc = read_report(&p, b, &version);
	if (rc == 0 && peek(&p) >= 0)
		rc = syntax_error(&p, "more after the report");
	if (rc == 0 && (!version.ptr || strcmp(version.ptr, "1") != 0)) {
		cl_error_set(err, "baseline %s is a report of version %s; this clauselint reads version 1",
		             path, version.ptr ? version.ptr : "?");
		rc = -1;
	}
	cl_buf_free(&version);
	if (rc < 0) {
		cl_baseline_free(b);
		return -1;
	}
	*out = b;
	return 0;
}

size_t cl_baseline_count(const cl_baseline *baseline)
{
	return baseline ? baseline->count : 0;
}

/* `s` as the json report wrote it and the parser read it back: each
 * ill-formed UTF-8 sequence as U+FFFD (see cl_escape_json). A file name
 * that isn't UTF-8 must still match its own finding. */
static void put_as_reported(cl_buf *out, const char *s)
{
	size_t left = strlen(s);

	while (left) {
		int n = cl_utf8_step(s, left);

		if (n > 0) {
			cl_buf_put(out, s, (size_t)n);
		} else {
			cl_buf_puts(out, "\xEF\xBF\xBD");
			n = -n;
		}
		s += n;
		left -= (size_t)n;
	}
}

int cl_baseline_contains(const cl_baseline *baseline, const cl_finding *f)
{
	cl_buf key = CL_BUF_INIT;
	int found;

	if (!baseline)
		return 0;
	cl_buf_put(&key, f->rule->name, strlen(f->rule->name) + 1);
	put_as_reported(&key, f->path ? f->path : "");
	cl_buf_putc(&key, '\0');
	cl_buf_put(&key, f->fingerprint, strlen(f->fingerprint));
	found = cl_map_get(&baseline->keys, key.ptr, key.len) != NULL;
	cl_buf_free(&key);
	return found;
}

size_t cl_baseline_filter(const cl_baseline *baseline, cl_findings *list)
{
	size_t kept = 0, dropped = 0;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];

		/* A baseline can't hold back what judges approvals: one stale
		 * finding baselined would hide every later edit of its document,
		 * since a fingerprint leaves commit ids out. */
		if ((f->rule->tags & CL_TAG_APPROVAL) || !cl_baseline_contains(baseline, f)) {
			list->items[kept++] = *f;
			continue;
		}
		free(f->path);
		free(f->message);
		dropped++;
	}
	list->count = kept;
	return dropped;
}

void cl_baseline_free(cl_baseline *baseline)
{
	if (!baseline)
		return;
	cl_map_free(&baseline->keys);
	free(baseline);
}
