/*
 * reading.c: the metadata forms other than our YAML front matter, and
 * the configuration's mapping of keys and values (reading.h says why).
 * Each reader makes a front matter mapping whose nodes carry the lines
 * of the file, so that a finding points where the author wrote the value.
 */
#include "parse/reading.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The labels of a document-control table, as ISMS templates write them. */
static const char *const default_labels[][2] = {
        {"document id", "id"},
        {"document no", "id"},
        {"document number", "id"},
        {"policy id", "id"},
        {"procedure id", "id"},
        {"id", "id"},
        {"document title", "title"},
        {"title", "title"},
        {"document type", "type"},
        {"type", "type"},
        {"owner", "owner"},
        {"document owner", "owner"},
        {"policy owner", "owner"},
        {"approved by", "approver"},
        {"approver", "approver"},
        {"approval authority", "approver"},
        {"version", "version"},
        {"status", "status"},
        {"review cycle", "review_interval"},
        {"review frequency", "review_interval"},
        {"classification", "classification"},
        {"effective date", "effective_date"},
        {"next review", "next_review"},
        {"next review date", "next_review"},
        {"record id", "id"},
        {"record no", "id"},
        {"date", "date"},
        {"meeting date", "date"},
        {"attendees", "attendees"},
        {"participants", "attendees"},
        /* German templates (Dokumentenkontrolle). */
        {"dokument-id", "id"},
        {"dokumenten-id", "id"},
        {"dokumentennummer", "id"},
        {"titel", "title"},
        {"dokumenttyp", "type"},
        {"typ", "type"},
        {"eigentümer", "owner"},
        {"verantwortlich", "owner"},
        {"genehmigt von", "approver"},
        {"freigabe durch", "approver"},
        {"freigegeben von", "approver"},
        {"datum", "date"},
};

void cl_reading_defaults(cl_reading *r)
{
	memset(r, 0, sizeof(*r));
	r->forms = CL_FORM_FRONT_MATTER;
	for (size_t i = 0; i < sizeof(default_labels) / sizeof(default_labels[0]); i++) {
		cl_strvec_push(&r->label_from, default_labels[i][0]);
		cl_strvec_push(&r->label_to, default_labels[i][1]);
	}
}

void cl_reading_free(cl_reading *r)
{
	cl_strvec_free(&r->alias_from);
	cl_strvec_free(&r->alias_to);
	cl_strvec_free(&r->label_from);
	cl_strvec_free(&r->label_to);
	cl_strvec_free(&r->value_key);
	cl_strvec_free(&r->value_from);
	cl_strvec_free(&r->value_to);
}

/* ---- lines ---- */

typedef struct {
	const char *p; /* the line, without its "\n" (and "\r") */
	size_t len;
	int number;
} text_line;

/* The line at *offset of `text`, and *offset past it; 0 at the end. */
static int next_line(text_line *out, const char *text, size_t len, size_t *offset, int *number)
{
	const char *start = text + *offset, *nl;

	if (*offset >= len)
		return 0;
	nl = memchr(start, '\n', len - *offset);
	out->p = start;
	out->len = nl ? (size_t)(nl - start) : len - *offset;
	if (out->len && out->p[out->len - 1] == '\r')
		out->len--;
	out->number = (*number)++;
	*offset += (nl ? (size_t)(nl - start) + 1 : len - *offset);
	return 1;
}

static int line_is_dashes(const text_line *l)
{
	size_t n = l->len;

	while (n && (l->p[n - 1] == ' ' || l->p[n - 1] == '\t'))
		n--;
	return n == 3 && memcmp(l->p, "---", 3) == 0;
}

/* "name:" or "majorRevisions:" at the start of a line: a YAML key. */
static int starts_with_key(const text_line *l)
{
	size_t i = 0;

	if (!l->len || !isalpha((unsigned char)l->p[0]))
		return 0;
	while (i < l->len && (isalnum((unsigned char)l->p[i]) || l->p[i] == '_' || l->p[i] == '-'))
		i++;
	return i < l->len && l->p[i] == ':' && (i + 1 == l->len || l->p[i + 1] == ' ');
}

int cl_reading_find_comply(const char *data, size_t len, size_t *yaml_len, int *close_line)
{
	size_t offset = 0;
	int number = 1;
	text_line l;

	if (!next_line(&l, data, len, &offset, &number) || !starts_with_key(&l))
		return 0;
	while (number <= 200) {
		size_t start = offset;

		if (!next_line(&l, data, len, &offset, &number))
			return 0;
		if (line_is_dashes(&l)) {
			*yaml_len = start;
			*close_line = l.number;
			return 1;
		}
		/* A heading ends what could be a header: this is Markdown. */
		if (l.len && l.p[0] == '#')
			return 0;
	}
	return 0;
}

/* ---- document-control tables and blockquotes ---- */

/* `s` of `n` bytes without surrounding blanks, emphasis and code marks,
 * and a Markdown hard break at its end (`**Version:** 1.0  \`). */
static void trim_marks(const char **s, size_t *n)
{
	while (*n && (isspace((unsigned char)**s) || **s == '*' || **s == '_' || **s == '`')) {
		(*s)++;
		(*n)--;
	}
	while (*n && (isspace((unsigned char)(*s)[*n - 1]) || (*s)[*n - 1] == '*' || (*s)[*n - 1] == '_' ||
	              (*s)[*n - 1] == '`' || (*s)[*n - 1] == '\\'))
		(*n)--;
}

/* Our key for a label, or NULL. */
static const char *key_of_label(const cl_reading *r, const char *label, size_t n)
{
	char *text = cl_strndup(label, n), *folded;
	const char *key = NULL;
	size_t len;

	folded = cl_fold(text);
	len = strlen(folded);
	if (len && folded[len - 1] == ':')
		folded[len - 1] = '\0';
	/* From the last: the configuration's labels come after the defaults. */
	for (size_t i = r->label_from.count; !key && i-- > 0;)
		if (strcmp(r->label_from.items[i], folded) == 0)
			key = r->label_to.items[i];
	free(folded);
	free(text);
	return key;
}

/* A label and a value on one line: "| Label | Value |", "> **Label**:
 * Value", "**Label:** Value". 0 when the line is neither. */
static int split_field(const text_line *l, const char **label, size_t *label_len, const char **value,
                       size_t *value_len)
{
	const char *p = l->p, *end = l->p + l->len, *sep;

	while (p < end && (*p == ' ' || *p == '>'))
		p++;
	if (p < end && *p == '|') {
		p++;
		sep = memchr(p, '|', (size_t)(end - p));
		if (!sep)
			return 0;
		*label = p;
		*label_len = (size_t)(sep - p);
		*value = sep + 1;
		*value_len = (size_t)(end - sep - 1);
		if (*value_len && (*value)[*value_len - 1] == '|')
			(*value_len)--;
		if (memchr(*value, '|', *value_len))
			return 0; /* three or more columns: no key/value table */
	} else {
		sep = memchr(p, ':', (size_t)(end - p));
		if (!sep)
			return 0;
		*label = p;
		*label_len = (size_t)(sep - p);
		*value = sep + 1;
		*value_len = (size_t)(end - sep - 1);
	}
	trim_marks(label, label_len);
	trim_marks(value, value_len);
	return *label_len > 0;
}

static void add_field(cl_yaml_node *map, const char *key, const char *value, size_t n, const text_line *l,
                      size_t column)
{
	if (cl_yaml_index(map, key) >= 0 || map->count >= CL_MAX_READ_FIELDS)
		return;
	cl_yaml_append(map, cl_yaml_new_scalar(key, strlen(key), l->number, 1),
	               cl_yaml_new_scalar(value, n, l->number, (int)column + 1));
}

cl_yaml_node *cl_reading_control(const cl_reading *r, const char *body, size_t len, int first_line)
{
	cl_yaml_node *map = cl_yaml_new_collection(CL_YAML_MAPPING, first_line, 1);
	size_t offset = 0;
	int number = first_line;
	text_line l;

	text_line title = {NULL, 0, 0};

	while (next_line(&l, body, len, &offset, &number)) {
		const char *label, *value;
		size_t label_len, value_len;
		const char *key;

		if (l.len >= 3 && memcmp(l.p, "## ", 3) == 0)
			break;
		if (!title.p && l.len > 2 && memcmp(l.p, "# ", 2) == 0) {
			title = l;
			continue;
		}
		if (!split_field(&l, &label, &label_len, &value, &value_len))
			continue;
		key = key_of_label(r, label, label_len);
		if (key)
			add_field(map, key, value, value_len, &l, (size_t)(value - l.p));
	}
	if (map->count < 2) {
		cl_yaml_free(map);
		return NULL;
	}
	/* The block names no title: the document's own heading is its title,
	 * as its readers take it. */
	if (title.p) {
		const char *text = title.p + 2;
		size_t n = title.len - 2;

		trim_marks(&text, &n);
		add_field(map, "title", text, n, &title, (size_t)(text - title.p));
	}
	return map;
}

/* ---- Dataview inline fields ---- */

/* The key of a line "Key:: value" (letters, digits, '_', '-' and spaces
 * before "::"), its length in *n; NULL when the line is none. */
static const char *inline_field_key(const text_line *l, size_t *n)
{
	size_t i = 0;

	if (!l->len || !isalpha((unsigned char)l->p[0]))
		return NULL;
	while (i < l->len &&
	       (isalnum((unsigned char)l->p[i]) || l->p[i] == '_' || l->p[i] == '-' || l->p[i] == ' '))
		i++;
	if (i + 1 >= l->len || l->p[i] != ':' || l->p[i + 1] != ':')
		return NULL;
	*n = i;
	while (*n && l->p[*n - 1] == ' ')
		(*n)--;
	return l->p;
}

static int is_fence(const text_line *l)
{
	const char *p = l->p;
	size_t n = l->len;

	while (n && *p == ' ') {
		p++;
		n--;
	}
	return n >= 3 && (memcmp(p, "```", 3) == 0 || memcmp(p, "~~~", 3) == 0);
}

cl_yaml_node *cl_reading_dataview(const char *body, size_t len, int first_line)
{
	cl_yaml_node *map = cl_yaml_new_collection(CL_YAML_MAPPING, first_line, 1);
	size_t offset = 0;
	int number = first_line, in_fence = 0;
	text_line l;

	while (next_line(&l, body, len, &offset, &number)) {
		const char *key, *value;
		size_t key_len = 0, value_len;
		char *name;

		if (is_fence(&l))
			in_fence = !in_fence;
		if (in_fence || !(key = inline_field_key(&l, &key_len)))
			continue;
		value = l.p + key_len;
		while (*value == ' ')
			value++;
		value += 2;
		value_len = (size_t)(l.p + l.len - value);
		trim_marks(&value, &value_len);
		name = cl_strndup(key, key_len);
		add_field(map, name, value, value_len, &l, (size_t)(value - l.p));
		free(name);
	}
	if (!map->count) {
		cl_yaml_free(map);
		return NULL;
	}
	return map;
}

/* ---- the mapping ---- */

static int fold_eq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

static char *rename_keys(cl_yaml_node *fm, const cl_reading *r, int *line, int *column)
{
	for (size_t k = 0; k < fm->count; k++) {
		cl_yaml_node *key = fm->keys[k];

		for (size_t a = 0; a < r->alias_from.count; a++) {
			const char *ours = r->alias_to.items[a];
			int there;

			if (!fold_eq(key->scalar, r->alias_from.items[a]))
				continue;
			there = cl_yaml_index(fm, ours);
			if (there >= 0 && (size_t)there != k) {
				*line = key->line;
				*column = key->column;
				return cl_printf(
				        "'%s' is read as '%s' (the configuration's mapping), and '%s' is there too (line %d): keep one",
				        key->scalar, ours, ours, fm->keys[there]->line);
			}
			free(key->scalar);
			key->scalar = cl_strdup(ours);
			key->scalar_len = strlen(ours);
			break;
		}
	}
	return NULL;
}

/* `value` as the mapping reads it for our key `key`; NULL when unmapped. */
static char *mapped_value(const cl_reading *r, const char *key, const char *value)
{
	for (size_t i = 0; i < r->value_key.count; i++) {
		const char *from = r->value_from.items[i], *to = r->value_to.items[i];
		size_t n = strlen(from);
		const char *star;

		if (strcmp(r->value_key.items[i], key) != 0)
			continue;
		if (fold_eq(value, from))
			return cl_strdup(to);
		if (n && from[n - 1] == '*' && strlen(value) >= n - 1 &&
		    strncasecmp(value, from, n - 1) == 0) {
			star = strchr(to, '*');
			if (!star)
				return cl_strdup(to);
			return cl_printf("%.*s%s%s", (int)(star - to), to, value + n - 1, star + 1);
		}
	}
	return NULL;
}

static void map_values(cl_yaml_node *fm, const cl_reading *r)
{
	for (size_t k = 0; k < fm->count; k++) {
		cl_yaml_node *v = fm->values[k];
		char *to;

		if (v->kind != CL_YAML_SCALAR || !(to = mapped_value(r, fm->keys[k]->scalar, v->scalar)))
			continue;
		free(v->scalar);
		v->scalar = to;
		v->scalar_len = strlen(to);
	}
}

/* Whether `framework` (before the ':' of a code) is ours: ISO 27001, in
 * any of the ways it is written ("iso27001", "ISO27001:2022",
 * "ISO/IEC 27001"). */
static int is_our_framework(const char *framework, size_t n)
{
	char alnum[32];
	size_t k = 0;

	for (size_t i = 0; i < n && k + 1 < sizeof(alnum); i++)
		if (isalnum((unsigned char)framework[i]))
			alnum[k++] = (char)tolower((unsigned char)framework[i]);
	alnum[k] = '\0';
	return strcmp(alnum, "iso27001") == 0 || strcmp(alnum, "iso270012022") == 0 ||
	       strcmp(alnum, "isoiec27001") == 0 || strcmp(alnum, "isoiec270012022") == 0;
}

/* "iso27001:A.8.13" -> "A.8.13"; another framework's code keeps its
 * prefix ("TSC:CC1.1"), which no catalogue code has. */
static void strip_our_prefix(cl_yaml_node *code)
{
	const char *colon;
	char *rest;

	if (code->kind != CL_YAML_SCALAR || !(colon = strrchr(code->scalar, ':')) ||
	    !is_our_framework(code->scalar, (size_t)(colon - code->scalar)))
		return;
	rest = cl_strdup(colon + 1);
	while (*rest == ' ')
		memmove(rest, rest + 1, strlen(rest));
	free(code->scalar);
	code->scalar = rest;
	code->scalar_len = strlen(rest);
}

/* comply's `satisfies: {TSC: [CC1.1], ISO27001:2022: [A.5.1]}`: one list,
 * ours without prefix, the others' with theirs. */
static cl_yaml_node *flatten_frameworks(const cl_yaml_node *map)
{
	cl_yaml_node *list = cl_yaml_new_collection(CL_YAML_SEQUENCE, map->line, map->column);

	for (size_t k = 0; k < map->count; k++) {
		const cl_yaml_node *fw = map->keys[k], *codes = map->values[k];
		int ours = is_our_framework(fw->scalar, fw->scalar_len);

		for (size_t i = 0; codes->kind == CL_YAML_SEQUENCE && i < codes->count; i++) {
			const cl_yaml_node *c = codes->items[i];
			char *text;

			if (c->kind != CL_YAML_SCALAR || list->count >= CL_MAX_READ_FIELDS)
				continue;
			text = ours ? cl_strdup(c->scalar) : cl_printf("%s:%s", fw->scalar, c->scalar);
			cl_yaml_append(list, NULL,
			               cl_yaml_new_scalar(text, strlen(text), c->line, c->column));
			free(text);
		}
	}
	return list;
}

static void normalise_clauses(cl_yaml_node *fm)
{
	int at = cl_yaml_index(fm, "clauses");
	cl_yaml_node *v;

	if (at < 0)
		return;
	v = fm->values[at];
	if (v->kind == CL_YAML_MAPPING) {
		fm->values[at] = flatten_frameworks(v);
		cl_yaml_free(v);
		v = fm->values[at];
	}
	if (v->kind == CL_YAML_SCALAR && strchr(v->scalar, ':')) {
		/* `controls: iso27001:A.5.1`, one code: a list of it. */
		cl_yaml_node *list = cl_yaml_new_collection(CL_YAML_SEQUENCE, v->line, v->column);

		cl_yaml_append(list, NULL, v);
		fm->values[at] = v = list;
	}
	for (size_t i = 0; v->kind == CL_YAML_SEQUENCE && i < v->count; i++)
		strip_our_prefix(v->items[i]);
}

char *cl_reading_apply(cl_yaml_node *fm, const cl_reading *r, int *line, int *column)
{
	char *error;

	if (!fm || fm->kind != CL_YAML_MAPPING)
		return NULL;
	if ((error = rename_keys(fm, r, line, column)) != NULL)
		return error;
	map_values(fm, r);
	normalise_clauses(fm);
	return NULL;
}
