/*
 * document.c: one Markdown file into a cl_document.
 *
 * Reading never fails: whatever is wrong with a file (binary, invalid
 * UTF-8, front matter that can't be read) is recorded in the document so
 * that a rule reports it as a finding with a line number. The body is
 * parsed by markdown.c.
 */
#include "parse/budget.h"
#include "parse/markdown.h"
#include "parse/reading.h"

#include <stdlib.h>
#include <string.h>

static const char *const type_names[] = {
        [CL_TYPE_POLICY] = "policy",
        [CL_TYPE_PROCEDURE] = "procedure",
        [CL_TYPE_STANDARD] = "standard",
        [CL_TYPE_STATEMENT] = "statement",
        [CL_TYPE_ROLES] = "roles",
        [CL_TYPE_REVIEW] = "review",
        [CL_TYPE_RESOURCE_APPROVAL] = "resource-approval",
        [CL_TYPE_ACKNOWLEDGEMENT] = "acknowledgement",
        [CL_TYPE_TRAINING] = "training",
        [CL_TYPE_RECORD] = "record",
        [CL_TYPE_REQUIREMENT] = "requirement",
};

const char *cl_doc_type_name(cl_doc_type type)
{
	if (type <= CL_TYPE_NONE || type >= CL_TYPE_UNKNOWN)
		return NULL;
	return type_names[type];
}

cl_doc_type cl_doc_type_parse(const char *name)
{
	/* "requirement" is not a `type` value: notes are recognised by keys. */
	for (int t = CL_TYPE_POLICY; t < CL_TYPE_REQUIREMENT; t++)
		if (strcmp(type_names[t], name) == 0)
			return (cl_doc_type)t;
	return CL_TYPE_UNKNOWN;
}

/* `name` lower-cased, with '_' and ' ' as '-', in `out` (of `cap`
 * bytes); 0 when it doesn't fit. */
static int fold_type_name(char *out, size_t cap, const char *name)
{
	size_t n = strlen(name);

	if (n >= cap)
		return 0;
	for (size_t i = 0; i <= n; i++) {
		char c = name[i];

		out[i] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
	}
	return 1;
}

/* Whether `a` becomes `b` by changing, adding or removing one byte. */
static int one_edit_apart(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la > lb)
		return one_edit_apart(b, a);
	if (lb - la > 1)
		return 0;
	while (i < la && a[i] == b[i])
		i++;
	/* The rest must match once the differing byte is taken out of b
	 * (or, at equal lengths, out of both). */
	return strcmp(a + i + (la == lb && i < la), b + i + 1) == 0;
}

static int is_plural_of(const char *word, const char *type)
{
	size_t n = strlen(type);

	if (strncmp(word, type, n) == 0 && strcmp(word + n, "s") == 0)
		return 1;
	return n > 1 && type[n - 1] == 'y' && strncmp(word, type, n - 1) == 0 &&
	       strcmp(word + n - 1, "ies") == 0;
}

const char *cl_doc_type_suggest(const char *name)
{
	char folded[64];

	if (!name || !fold_type_name(folded, sizeof(folded), name))
		return NULL;
	for (int t = CL_TYPE_POLICY; t < CL_TYPE_REQUIREMENT; t++) {
		const char *ours = type_names[t];

		/* Short words are one letter from too many others ("roles",
		 * "rules"): only long ones count a typo as ours. */
		if (strcmp(folded, ours) == 0 || is_plural_of(folded, ours) ||
		    (strlen(ours) > 5 && one_edit_apart(folded, ours)))
			return ours;
	}
	return NULL;
}

/* The 1-based line and column of byte `offset` of `data`. */
void cl_text_position(const char *data, size_t offset, int *line, int *column)
{
	int l = 1;
	size_t line_start = 0;

	for (size_t i = 0; i < offset; i++) {
		if (data[i] == '\n') {
			l++;
			line_start = i + 1;
		}
	}
	*line = l;
	*column = (int)(offset - line_start) + 1;
}

static cl_document *document_new(const char *path)
{
	cl_document *doc = cl_calloc(1, sizeof(*doc));

	doc->path = cl_strdup(path);
	doc->status = CL_STATUS_ACTIVE;
	return doc;
}

cl_document *cl_document_unreadable(const char *path, const char *reason)
{
	cl_document *doc = document_new(path);

	doc->unreadable = cl_strdup(reason);
	doc->unreadable_line = 1;
	doc->unreadable_column = 1;
	return doc;
}

/* The end of the line starting at `p` (at its '\n' or at `end`), and
 * whether the line, without trailing blanks and CR, equals `word`. */
static const char *line_end(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));

	return nl ? nl : end;
}

static int line_is(const char *p, const char *eol, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(eol - p) < n || memcmp(p, word, n) != 0)
		return 0;
	for (p += n; p < eol; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r')
			return 0;
	return 1;
}

/*
 * Finds the front matter: a first line `---`, then YAML up to the next
 * line that is `---` or `...`. Sets *yaml and *yaml_len, and the 1-based line
 * of the closing delimiter; returns 1 when found, 0 when the file has no
 * front matter, -1 when it is opened but never closed.
 */
static int find_front_matter(const char *data, size_t len, const char **yaml, size_t *yaml_len,
                             int *close_line)
{
	const char *end = data + len;
	const char *eol = line_end(data, end);
	const char *p;
	int line = 2;

	if (!line_is(data, eol, "---") || eol == end)
		return line_is(data, eol, "---") ? -1 : 0;
	p = eol + 1;
	*yaml = p;
	while (p < end) {
		eol = line_end(p, end);
		if (line_is(p, eol, "---") || line_is(p, eol, "...")) {
			*yaml_len = (size_t)(p - *yaml);
			*close_line = line;
			return 1;
		}
		line++;
		p = eol < end ? eol + 1 : end;
	}
	return -1;
}

static void set_front_matter_error(cl_document *doc, int line, int column, const char *message)
{
	free(doc->front_matter_error);
	doc->front_matter_error = cl_strdup(message);
	doc->front_matter_error_line = line;
	doc->front_matter_error_column = column;
}

static const char *yaml_kind_name(cl_yaml_kind kind)
{
	return kind == CL_YAML_SEQUENCE ? "a list" : "a single value";
}

/* A requirement note (docs/configuration.md) has no `type` but the keys of a vault's
 * requirement template. */
static int looks_like_requirement_note(const cl_yaml_node *fm)
{
	return cl_yaml_get(fm, "Code") && (cl_yaml_get(fm, "Name") || cl_yaml_get(fm, "Section"));
}

static void derive_fields(cl_document *doc)
{
	const cl_yaml_node *fm = doc->front_matter;
	const char *type = cl_yaml_text(cl_yaml_get(fm, "type"));
	const char *status = cl_yaml_text(cl_yaml_get(fm, "status"));

	if (cl_yaml_get(fm, "type"))
		doc->type = type ? cl_doc_type_parse(type) : CL_TYPE_UNKNOWN;
	else if (looks_like_requirement_note(fm))
		doc->type = CL_TYPE_REQUIREMENT;
	doc->governed = doc->type != CL_TYPE_NONE;
	if (status && strcmp(status, "draft") == 0)
		doc->status = CL_STATUS_DRAFT;
	else if (status && strcmp(status, "retired") == 0)
		doc->status = CL_STATUS_RETIRED;
	doc->id = cl_yaml_text(cl_yaml_get(fm, "id"));
	/* `id: {{code}}` is a template's, no id yet (placeholder-unfilled
	 * says so): no message names the document by it, and two templates
	 * are no duplicate. */
	if (doc->id && cl_is_placeholder_value(doc->id))
		doc->id = NULL;
}

/* Line `number` (1-based) of `text`, and its length in *n; NULL past
 * the end. */
static const char *nth_line(const char *text, size_t len, int number, size_t *n)
{
	const char *p = text, *end = text + len, *nl;

	for (int l = 1; l < number; l++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return NULL;
		p = nl + 1;
	}
	nl = memchr(p, '\n', (size_t)(end - p));
	*n = nl ? (size_t)(nl - p) : (size_t)(end - p);
	return p;
}

/* What libyaml's message means for the line it is about, as the author
 * would fix it: a tab in the indentation, or a value holding ": " (a
 * title such as "ISO 27001: Access Policy") that must be quoted. NULL
 * when there is nothing to add. */
static char *yaml_fix(const char *yaml, size_t len, int number, const char *message)
{
	size_t n = 0, key = 0;
	const char *line = number > 0 ? nth_line(yaml, len, number, &n) : NULL;
	const char *colon;

	if (!line)
		return NULL;
	if (memchr(line, '\t', strspn(line, " \t") < n ? strspn(line, " \t") : n))
		return cl_strdup("YAML indents with spaces, never tabs: replace the tab");
	while (key < n && line[key] == ' ')
		key++;
	colon = memchr(line + key, ':', n - key);
	if (strstr(message, "mapping values are not allowed") && colon &&
	    memchr(colon + 1, ':', (size_t)(line + n - colon - 1))) {
		const char *value = colon + 1;

		while (*value == ' ')
			value++;
		return cl_printf("a value with ': ' in it must be quoted: %.*s \"%.*s\"",
		                 (int)(colon + 1 - line - key), line + key, (int)(line + n - value), value);
	}
	return NULL;
}

/* The YAML of a front matter (`line_offset`: the line before its first)
 * into doc->front_matter, or a front matter error. Fields are derived
 * once the mapping is applied (read_metadata). */
static void parse_front_matter(cl_document *doc, const char *yaml, size_t yaml_len, int line_offset)
{
	cl_yaml_node *root = NULL;
	int line = 0, column = 0;
	cl_error err = {{0}};

	if (cl_yaml_parse(&root, yaml, yaml_len, line_offset, &line, &column, &err) < 0) {
		char *fix = yaml_fix(yaml, yaml_len, line - line_offset, err.message);
		char *message = fix ? cl_printf("%s; %s", err.message, fix) : NULL;

		set_front_matter_error(doc, line, column, message ? message : err.message);
		free(message);
		free(fix);
		return;
	}
	if (root && root->kind != CL_YAML_MAPPING) {
		char *msg = cl_printf("front matter is %s, not a mapping of keys such as 'id: POL-001'",
		                      yaml_kind_name(root->kind));

		set_front_matter_error(doc, root->line, root->column, msg);
		free(msg);
		cl_yaml_free(root);
		return;
	}
	/* An empty front matter is an empty mapping: no keys, no type. */
	doc->front_matter = root;
}

/* A UTF-16 byte order mark, or the NULs of ASCII as UTF-16 around the
 * first two characters. */
static int looks_utf16(const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;

	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return 1;
	return len >= 4 && ((p[0] && !p[1] && p[2] && !p[3]) || (!p[0] && p[1] && !p[2] && p[3]));
}

/* Binary files can't be policy text, and front matter must be UTF-8 for
 * YAML to read it; say where. (A plain note in Latin-1 is not ours to
 * judge: cmark reads it.) */
static int check_readable(cl_document *doc, const char *data, size_t len, int has_front_matter)
{
	const char *nul = memchr(data, '\0', len);
	size_t bad = 0;
	int line, column;

	if (looks_utf16(data, len)) {
		doc->unreadable = cl_strdup(
		        "the file is UTF-16 text; clauselint reads UTF-8: re-save it as UTF-8 (in most editors, \"Save with encoding\")");
		doc->unreadable_line = 1;
		doc->unreadable_column = 1;
		return -1;
	}
	if (nul) {
		cl_text_position(data, (size_t)(nul - data), &line, &column);
		doc->unreadable = cl_printf(
		        "binary file: NUL byte at line %d, column %d; a policy document must be UTF-8 text",
		        line, column);
		doc->unreadable_line = line;
		doc->unreadable_column = column;
		return -1;
	}
	if (has_front_matter && !cl_utf8_valid(data, len, &bad)) {
		cl_text_position(data, bad, &line, &column);
		doc->unreadable = cl_printf("invalid UTF-8 at line %d, column %d; save the file as UTF-8",
		                            line, column);
		doc->unreadable_line = line;
		doc->unreadable_column = column;
		return -1;
	}
	return 0;
}

/* Tables cmark-gfm would take too long or too much memory over are
 * refused before it sees them (budget.h). */
static int check_budget(cl_document *doc, const char *data, size_t len, int front_matter_lines)
{
	size_t start = 0;
	int line = 0;
	char *msg;

	for (int l = 0; l < front_matter_lines && start < len; start++)
		l += data[start] == '\n';
	msg = cl_markdown_over_budget(data + start, len - start, front_matter_lines + 1, &line);
	if (!msg)
		return 0;
	doc->unreadable = msg;
	doc->unreadable_line = line;
	doc->unreadable_column = 1;
	return -1;
}

/* An unreadable document holds nothing else (document.h). */
static void forget_front_matter(cl_document *doc)
{
	cl_yaml_free(doc->front_matter);
	doc->front_matter = NULL;
	doc->type = CL_TYPE_NONE;
	doc->status = CL_STATUS_ACTIVE;
	doc->governed = 0;
	doc->id = NULL;
}

/* A line "type: VALUE" among the first lines of `text` (quotes off) whose
 * value is one of ours or a near miss: front matter that libyaml can't
 * be given (never closed, not UTF-8, a NUL) but that says it is ours. */
static int says_type_is_ours(const char *text, size_t len)
{
	const char *p = text, *end = text + len;

	for (int n = 0; p < end && n < 200; n++) {
		const char *eol = line_end(p, end);
		char value[64];
		size_t v = 0;

		if (eol - p > 5 && memcmp(p, "type:", 5) == 0) {
			for (const char *q = p + 5; q < eol && v + 1 < sizeof(value); q++)
				if (*q != ' ' && *q != '\t' && *q != '\r' && *q != '"' && *q != '\'')
					value[v++] = *q;
			value[v] = '\0';
			return cl_doc_type_suggest(value) != NULL;
		}
		p = eol < end ? eol + 1 : end;
	}
	return 0;
}

/* Where a file's metadata is, as find_front_matter tells it. */
typedef struct {
	int found;        /* 1: a block of YAML; 0: none; -1: opened, never closed */
	const char *yaml; /* the YAML, when found */
	size_t yaml_len;
	int line_offset; /* the line before the YAML's first */
	int close_line;  /* the line that closes it: the body starts after */
} metadata_block;

/* Our front matter, else comply's header when the configuration reads
 * it (YAML from the first line). */
static metadata_block find_metadata(const char *data, size_t len, const cl_reading *reading)
{
	metadata_block m = {0, NULL, 0, 1, 0};

	m.found = find_front_matter(data, len, &m.yaml, &m.yaml_len, &m.close_line);
	if (m.found == 0 && reading && (reading->forms & CL_FORM_COMPLY) &&
	    cl_reading_find_comply(data, len, &m.yaml_len, &m.close_line)) {
		m.found = 1;
		m.yaml = data;
		m.line_offset = 0;
	}
	return m;
}

/*
 * What makes a file outside the `governed` globs no document of ours
 * before its metadata is read: an encoding, a NUL, front matter never
 * closed. A line `type:` naming one of our types makes it ours all the
 * same (it gets file-unreadable or front-matter-invalid, not silence).
 */
static cl_skip_reason unreadable_skip(const char *data, size_t len, const metadata_block *m)
{
	if (looks_utf16(data, len))
		return CL_SKIP_UTF16;
	if (m->found == 0)
		return memchr(data, '\0', len) ? CL_SKIP_BINARY : CL_SKIP_NONE;
	if (m->found < 0)
		return says_type_is_ours(data, len) ? CL_SKIP_NONE : CL_SKIP_UNCLOSED;
	if (memchr(m->yaml, '\0', m->yaml_len))
		return says_type_is_ours(m->yaml, m->yaml_len) ? CL_SKIP_NONE : CL_SKIP_BINARY;
	if (!cl_utf8_valid(m->yaml, m->yaml_len, NULL))
		return says_type_is_ours(m->yaml, m->yaml_len) ? CL_SKIP_NONE : CL_SKIP_NOT_UTF8;
	return CL_SKIP_NONE;
}

/* The Dataview fields the front matter lacks, added to it. */
static void merge_fields(cl_document *doc, cl_yaml_node *fields)
{
	if (!doc->front_matter) {
		doc->front_matter = fields;
		return;
	}
	for (size_t k = 0; k < fields->count; k++) {
		if (cl_yaml_index(doc->front_matter, fields->keys[k]->scalar) >= 0) {
			cl_yaml_free(fields->keys[k]);
			cl_yaml_free(fields->values[k]);
			continue;
		}
		cl_yaml_append(doc->front_matter, fields->keys[k], fields->values[k]);
	}
	fields->count = 0;
	cl_yaml_free(fields);
}

/* The metadata of the other forms the configuration reads, from the body
 * (after the front matter's `skip` lines). */
static void read_body_metadata(cl_document *doc, const char *data, size_t len, int skip, const cl_reading *r)
{
	const char *body = data;
	int first_line = 1;
	cl_yaml_node *fields;

	for (; first_line <= skip && body < data + len; body++)
		first_line += *body == '\n';
	if (!doc->front_matter && !doc->has_front_matter && (r->forms & CL_FORM_CONTROL) &&
	    (fields = cl_reading_control(r, body, (size_t)(data + len - body), first_line)) != NULL) {
		doc->front_matter = fields;
		doc->has_front_matter = 1;
	}
	if ((r->forms & CL_FORM_DATAVIEW) &&
	    (fields = cl_reading_dataview(body, (size_t)(data + len - body), first_line)) != NULL) {
		merge_fields(doc, fields);
		doc->has_front_matter = 1;
	}
}

/* The front matter, from whatever form the file uses, with the
 * configuration's mapping applied and the type its path gives. */
static void read_metadata(cl_document *doc, const char *data, size_t len, const metadata_block *m,
                          const cl_read_as *as)
{
	char *error;
	int line = 1, column = 1;

	if (m->found > 0) {
		doc->has_front_matter = 1;
		parse_front_matter(doc, m->yaml, m->yaml_len, m->line_offset);
	}
	if (doc->front_matter_error)
		return;
	if (as->reading)
		read_body_metadata(doc, data, len, m->found > 0 ? m->close_line : 0, as->reading);
	if (as->reading &&
	    (error = cl_reading_apply(doc->front_matter, as->reading, &line, &column)) != NULL) {
		set_front_matter_error(doc, line, column, error);
		free(error);
		cl_yaml_free(doc->front_matter);
		doc->front_matter = NULL;
		return;
	}
	if (as->path_type && doc->has_front_matter && !cl_yaml_get(doc->front_matter, "type")) {
		if (!doc->front_matter)
			doc->front_matter = cl_yaml_new_collection(CL_YAML_MAPPING, 1, 1);
		cl_yaml_append(doc->front_matter, cl_yaml_new_scalar("type", 4, 1, 1),
		               cl_yaml_new_scalar(as->path_type, strlen(as->path_type), 1, 1));
	}
	if (doc->front_matter)
		derive_fields(doc);
}

/*
 * Why a file outside the `governed` globs is not ours once its metadata
 * is read; CL_SKIP_NONE when it is a governed document, a near miss of
 * one (`type: Policy` gets a finding, not silence) or has front matter
 * that can't be read (whether it was meant to be governed can't be told).
 */
static cl_skip_reason metadata_skip(cl_document *doc, const char *data, size_t len, int found)
{
	const char *type;

	/* Never closed, but it says it is ours (unreadable_skip): reported. */
	if (found < 0)
		return CL_SKIP_NONE;
	if (!doc->has_front_matter)
		return memchr(data, '\0', len) ? CL_SKIP_BINARY : CL_SKIP_NO_FRONT_MATTER;
	if (doc->front_matter_error || (doc->governed && doc->type != CL_TYPE_UNKNOWN))
		return CL_SKIP_NONE;
	if (!doc->governed)
		return CL_SKIP_NO_TYPE;
	/* An empty `type:` is a template of ours left unfilled. */
	type = cl_yaml_text(cl_document_field(doc, "type"));
	if (cl_yaml_is_null(cl_document_field(doc, "type")) || (type && !*type) || cl_doc_type_suggest(type))
		return CL_SKIP_NONE;
	doc->governed = 0;
	return CL_SKIP_OTHER_TYPE;
}

static const cl_read_as plain_reading = {NULL, NULL, 0};

/* How much of a file parse() reads: the front matter only, everything,
 * or the body only when a rule that judges the repository reads it. */
enum { FRONT_MATTER_ONLY, WITH_BODY, BODY_IF_READ };

/*
 * Whether a rule may read the body of a document whose own findings
 * aren't reported (a PATH or --changed-since run): the tables of the
 * RACI and of the records, the security policy's text (rules/roles.c,
 * lib/model/records.c, rules/policy.c), a requirement note's rows, and a
 * suppression comment, which can silence a repository-level finding
 * placed on the document (lib/engine/lint.c). A comment needs the literal
 * "clauselint-" (markdown.c), so the raw bytes tell.
 */
static int has_bytes(const char *data, size_t len, const char *word, size_t n)
{
	const char *end = data + len, *p = data;

	while (n && (size_t)(end - p) >= n && (p = memchr(p, word[0], (size_t)(end - p) - n + 1)) != NULL) {
		if (memcmp(p, word, n) == 0)
			return 1;
		p++;
	}
	return 0;
}

static int rules_read_body(const cl_document *doc, const char *data, size_t len)
{
	static const char marker[] = "clauselint-";

	return cl_document_keeps_tables(doc->type) || doc->type == CL_TYPE_REQUIREMENT ||
	       (doc->type == CL_TYPE_POLICY && cl_document_claims(doc, "5.2")) ||
	       has_bytes(data, len, marker, sizeof(marker) - 1);
}

/*
 * What of the body is kept (markdown.h): the plain text only for the
 * information security policy, whose content rules search it
 * (rules/policy.c: policies claiming 5.2), and tables only for the types
 * whose rules read them (lib/model/records.c, rules/roles.c). Copying
 * them for every document was half the heap peak on large documents
 * (bench/README.md).
 */
static unsigned body_kept(const cl_document *doc)
{
	unsigned keep = 0;

	if (doc->type == CL_TYPE_POLICY && cl_document_claims(doc, "5.2"))
		keep |= CL_KEEP_PLAIN_TEXT;
	if (cl_document_keeps_tables(doc->type))
		keep |= CL_KEEP_TABLES;
	return keep;
}

static cl_document *parse(const char *path, const char *data, size_t len, int body, const cl_read_as *as)
{
	cl_document *doc = document_new(path);
	metadata_block m;

	if (!as)
		as = &plain_reading;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		len -= 3;
	}
	m = find_metadata(data, len, as->reading);
	if (!as->must_govern && (doc->skipped = unreadable_skip(data, len, &m)) != CL_SKIP_NONE)
		return doc;
	read_metadata(doc, data, len, &m, as);
	if (!as->must_govern && (doc->skipped = metadata_skip(doc, data, len, m.found)) != CL_SKIP_NONE)
		return doc;
	if (check_readable(doc, data, len, m.found != 0) < 0 ||
	    (body && check_budget(doc, data, len, m.found > 0 ? m.close_line : 0) < 0)) {
		forget_front_matter(doc);
		return doc;
	}
	if (m.found < 0) {
		doc->has_front_matter = 1;
		set_front_matter_error(
		        doc, 1, 1, "front matter opened on line 1 is never closed: end it with a line '---'");
	}
	if (body == WITH_BODY || (body == BODY_IF_READ && rules_read_body(doc, data, len)))
		cl_markdown_parse_body(doc, data, len, m.found > 0 ? m.close_line : 0, body_kept(doc));
	return doc;
}

int cl_document_keeps_tables(cl_doc_type type)
{
	return type == CL_TYPE_ROLES || type == CL_TYPE_TRAINING || type == CL_TYPE_ACKNOWLEDGEMENT;
}

cl_document *cl_document_parse(const char *path, const char *data, size_t len)
{
	return parse(path, data, len, WITH_BODY, NULL);
}

cl_document *cl_document_parse_in(const char *path, const char *data, size_t len, int must_govern)
{
	cl_read_as as = {NULL, NULL, must_govern};

	return parse(path, data, len, WITH_BODY, &as);
}

cl_document *cl_document_read(const char *path, const char *data, size_t len, const cl_read_as *as)
{
	return parse(path, data, len, WITH_BODY, as);
}

cl_document *cl_document_read_unreported(const char *path, const char *data, size_t len, const cl_read_as *as)
{
	return parse(path, data, len, BODY_IF_READ, as);
}

cl_document *cl_document_parse_front_matter(const char *path, const char *data, size_t len)
{
	return parse(path, data, len, FRONT_MATTER_ONLY, NULL);
}

cl_document *cl_document_read_front_matter(const char *path, const char *data, size_t len,
                                           const cl_read_as *as)
{
	cl_read_as versions = {as ? as->reading : NULL, as ? as->path_type : NULL, 0};

	return parse(path, data, len, FRONT_MATTER_ONLY, &versions);
}

cl_document *cl_document_too_large(const char *path, const char *head, size_t head_len, size_t size,
                                   const cl_read_as *as)
{
	cl_read_as outside = {as ? as->reading : NULL, as ? as->path_type : NULL, 0};
	int must_govern = as && as->must_govern;
	cl_document *doc = parse(path, head, head_len, FRONT_MATTER_ONLY, &outside);
	cl_skip_reason reason = doc->skipped;
	char *why;

	if (reason && reason != CL_SKIP_UNCLOSED && !must_govern)
		return doc;
	cl_document_free(doc);
	if (reason == CL_SKIP_UNCLOSED && !must_govern) {
		/* Its front matter may close past the bytes read. */
		doc = document_new(path);
		doc->skipped = CL_SKIP_TOO_LARGE;
		return doc;
	}
	why = cl_printf(
	        "file is %zu bytes, over the %d bytes (512 KiB) clauselint reads as Markdown; split it, or exclude it in .clauselint.yml",
	        size, CL_MAX_FILE_BYTES);
	doc = cl_document_unreadable(path, why);
	free(why);
	return doc;
}

void cl_document_free(cl_document *doc)
{
	if (!doc)
		return;
	cl_document_free(doc->prior);
	cl_document_free(doc->carried);
	free(doc->path);
	free(doc->unreadable);
	free(doc->front_matter_error);
	cl_yaml_free(doc->front_matter);
	for (size_t i = 0; i < doc->link_count; i++)
		free(doc->links[i].target);
	free(doc->links);
	for (size_t i = 0; i < doc->suppression_count; i++)
		cl_strvec_free(&doc->suppressions[i].rules);
	free(doc->suppressions);
	for (size_t i = 0; i < doc->kv_row_count; i++) {
		free(doc->kv_rows[i].key);
		free(doc->kv_rows[i].value);
	}
	free(doc->kv_rows);
	for (size_t i = 0; i < doc->table_count; i++)
		cl_table_clear(&doc->tables[i]);
	free(doc->tables);
	cl_strvec_free(&doc->headings);
	free(doc->heading_lines);
	free(doc->plain_text);
	cl_strvec_free(&doc->phrases_found);
	for (size_t i = 0; i < doc->placeholder_count; i++)
		free(doc->placeholders[i].text);
	free(doc->placeholders);
	free(doc);
}

const cl_document *cl_documents_find(cl_document *const *docs, size_t count, const char *path)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(docs[mid]->path, path);

		if (cmp == 0)
			return docs[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const cl_yaml_node *cl_document_field(const cl_document *doc, const char *key)
{
	return cl_yaml_get(doc->front_matter, key);
}

int cl_document_field_line(const cl_document *doc, const char *key)
{
	const cl_yaml_node *k = cl_yaml_get_key(doc->front_matter, key);

	return k ? k->line : 1;
}

int cl_document_claims(const cl_document *doc, const char *code)
{
	const cl_yaml_node *list = cl_document_field(doc, "clauses");

	for (size_t k = 0; list && list->kind == CL_YAML_SEQUENCE && k < list->count; k++) {
		const char *text = cl_yaml_text(list->items[k]);

		if (text && strcmp(text, code) == 0)
			return 1;
	}
	return 0;
}

static int holds(const cl_strvec *vec, const char *s)
{
	for (size_t i = 0; i < vec->count; i++)
		if (strcmp(vec->items[i], s) == 0)
			return 1;
	return 0;
}

void cl_document_keep_phrases(cl_document *doc, const cl_strvec *phrases)
{
	if (!doc->plain_text)
		return;
	for (size_t i = 0; *doc->plain_text && i < phrases->count; i++)
		if (strstr(doc->plain_text, phrases->items[i]) &&
		    !holds(&doc->phrases_found, phrases->items[i]))
			cl_strvec_push(&doc->phrases_found, phrases->items[i]);
	free(doc->plain_text);
	doc->plain_text = NULL;
	doc->phrases_searched = 1;
}

int cl_document_mentions(const cl_document *doc, const char *phrase)
{
	if (doc->phrases_searched)
		return holds(&doc->phrases_found, phrase);
	return doc->plain_text && strstr(doc->plain_text, phrase) != NULL;
}

int cl_document_in_scope(const cl_document *doc)
{
	return doc->governed && !doc->unreadable && !doc->front_matter_error &&
	       doc->status != CL_STATUS_RETIRED;
}
