/*
 * yaml.c: front matter and configuration files as a small tree.
 *
 * The tree is built from libyaml's event stream, not from its document
 * loader: the loader keeps aliases as shared nodes (`&a [*a]` contains
 * itself), accepts duplicate keys silently and types nothing for us, so
 * walking its output safely would need every check below anyway. Working
 * on events also lets us stop at the first refused construct, before
 * libyaml spends time on the rest of a hostile input.
 */
#include "parse/yaml.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

/* The pre-scan and the event loop must say the same thing. */
static const char nesting_message[] = "nesting is deeper than " STRINGIFY(CL_YAML_MAX_DEPTH) " levels";

/* How much of a duplicate key the message quotes. */
#define KEY_QUOTE_BYTES 60

/* An open collection and the capacities of its arrays, which only matter
 * while it grows. */
typedef struct {
	cl_yaml_node *node;
	size_t cap_keys; /* or items */
	size_t cap_values;
	int want_value; /* a mapping whose last key waits for its value */
} frame;

/* A refusal with its position, already offset for the caller. */
typedef struct {
	int set;
	int line, column;
	cl_error err;
} failure;

typedef struct {
	const char *text;
	size_t len;
	int line_offset;
	cl_yaml_node *root;
	frame stack[CL_YAML_MAX_DEPTH];
	size_t depth;
	int documents;
	/* The error that stopped the parse, and the duplicate key that comes
	 * first in the text. Duplicates are found when a mapping ends, and an
	 * inner mapping ends before an outer one whose duplicate may come
	 * earlier; so a duplicate doesn't stop the parse, and whichever of
	 * the two comes first in the text is reported. */
	failure fatal;
	failure duplicate;
} parse_state;

/* ---- positions ---- */

/* The length of the line break at p (0 when none), counting the breaks
 * libyaml counts: LF, CR LF, CR, NEL, LS and PS. */
static size_t break_length(const unsigned char *p, const unsigned char *end)
{
	if (*p == '\n')
		return 1;
	if (*p == '\r')
		return p + 1 < end && p[1] == '\n' ? 2 : 1;
	if (*p == 0xC2 && p + 1 < end && p[1] == 0x85)
		return 2;
	if (*p == 0xE2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
		return 3;
	return 0;
}

/* A position in the raw text, 0-based like a libyaml mark; the column
 * counts characters, as libyaml's does. */
typedef struct {
	const unsigned char *p;
	const unsigned char *end;
	size_t line;
	size_t column;
} cursor;

static void cursor_init(cursor *c, const char *text, size_t len)
{
	c->p = (const unsigned char *)text;
	c->end = c->p + len;
	c->line = 0;
	c->column = 0;
}

static void cursor_advance(cursor *c)
{
	size_t n = break_length(c->p, c->end);

	if (n) {
		c->p += n;
		c->line++;
		c->column = 0;
		return;
	}
	/* UTF-8 continuation bytes belong to the character already counted. */
	if ((*c->p & 0xC0) != 0x80)
		c->column++;
	c->p++;
}

static int cursor_at_break(const cursor *c)
{
	return c->p < c->end && break_length(c->p, c->end) > 0;
}

static int is_flow_indicator(unsigned char ch)
{
	return ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}';
}

/* Blank, line break or end of text at p: what ends an indicator. */
static int blank_or_end(const cursor *c, const unsigned char *p)
{
	if (p >= c->end)
		return 1;
	return *p == ' ' || *p == '\t' || break_length(p, c->end) > 0;
}

static int offset_line(int line_offset, size_t mark_line)
{
	return (int)mark_line + 1 + line_offset;
}

static void fail_at_position(failure *f, int line_offset, size_t line, size_t column)
{
	f->set = 1;
	f->line = offset_line(line_offset, line);
	f->column = (int)column + 1;
}

/* Records a fixed message at an event's position; returns -1 for the
 * caller to pass on. */
static int fail(parse_state *st, yaml_mark_t mark, const char *message)
{
	cl_error_set(&st->fatal.err, "%s", message);
	fail_at_position(&st->fatal, st->line_offset, mark.line, mark.column);
	return -1;
}

/* ---- the pre-scan ---- */

static void skip_to_break(cursor *c)
{
	while (c->p < c->end && !cursor_at_break(c))
		cursor_advance(c);
}

/* Skips a quoted scalar from its opening quote to after its closing one
 * ('' escapes a single quote, a backslash escapes in double quotes). */
static void skip_quoted(cursor *c)
{
	unsigned char quote = *c->p;

	cursor_advance(c);
	while (c->p < c->end) {
		unsigned char ch = *c->p;

		if (quote == '"' && ch == '\\' && c->p + 1 < c->end) {
			cursor_advance(c);
			cursor_advance(c);
			continue;
		}
		cursor_advance(c);
		if (ch != quote)
			continue;
		if (quote == '\'' && c->p < c->end && *c->p == '\'') {
			cursor_advance(c);
			continue;
		}
		return;
	}
}

/* Skips an anchor or a tag; brackets end them only inside a flow
 * collection, where they are indicators. */
static void skip_property(cursor *c, int in_flow)
{
	while (c->p < c->end && !blank_or_end(c, c->p)) {
		if (in_flow && is_flow_indicator(*c->p))
			return;
		cursor_advance(c);
	}
}

/* Skips a block scalar (`|` or `>`): the rest of its header line, then
 * every blank line and every line indented deeper than the line that
 * holds the header. Stops at the start of the first line that isn't. */
static void skip_block_scalar(cursor *c, size_t header_indent)
{
	skip_to_break(c);
	while (c->p < c->end) {
		const unsigned char *line;
		size_t indent = 0;

		cursor_advance(c); /* the line break */
		line = c->p;
		while (line + indent < c->end && line[indent] == ' ')
			indent++;
		if (line + indent < c->end && !break_length(line + indent, c->end) && indent <= header_indent)
			return;
		skip_to_break(c);
	}
}

/* A line that is only `---` or `...` (and what follows on it). */
static int document_marker(const cursor *c)
{
	if (c->p + 3 > c->end)
		return 0;
	if (memcmp(c->p, "---", 3) != 0 && memcmp(c->p, "...", 3) != 0)
		return 0;
	return blank_or_end(c, c->p + 3);
}

/* The pre-scan's view of the text. */
typedef struct {
	cursor c;
	int depth;           /* flow collections open */
	int node_start;      /* a node may begin here: a quote or a bracket opens one */
	int after_flow_node; /* after a quoted scalar or a collection: `"a":b` */
	int in_plain;        /* inside a plain scalar in block context */
	int in_collection;   /* a block collection has begun */
	size_t indent;       /* of the current line */
	size_t plain_indent; /* of the line where the plain scalar began */
} prescan;

/*
 * At the start of a line: measures its indentation and decides whether
 * it continues a plain scalar. In block context a plain scalar goes on
 * over lines indented deeper than its collection (the root scalar over
 * any line), and brackets there are text.
 */
static void prescan_line(prescan *s)
{
	s->indent = 0;
	while (s->c.p < s->c.end && *s->c.p == ' ') {
		cursor_advance(&s->c);
		s->indent++;
	}
	if (s->depth > 0)
		return;
	if (s->indent == 0 && document_marker(&s->c)) {
		cursor_advance(&s->c);
		cursor_advance(&s->c);
		cursor_advance(&s->c);
		s->in_plain = 0;
		s->node_start = 1;
		return;
	}
	if (s->in_plain && (!s->in_collection || s->indent > s->plain_indent)) {
		s->node_start = 0;
		return;
	}
	s->in_plain = 0;
	s->node_start = 1;
}

/* A node begins here: handles what can open one. 1 when the character
 * was consumed, 0 when it is the start of a plain scalar. */
static int prescan_node_start(prescan *s, unsigned char ch)
{
	if ((ch == '-' || ch == '?') && blank_or_end(&s->c, s->c.p + 1)) {
		cursor_advance(&s->c);
		if (s->depth == 0)
			s->in_collection = 1;
		return 1;
	}
	if (ch == '\'' || ch == '"') {
		skip_quoted(&s->c);
		s->node_start = 0;
		s->after_flow_node = 1;
		return 1;
	}
	if (ch == '&' || ch == '!') {
		skip_property(&s->c, s->depth > 0);
		return 1;
	}
	if ((ch == '|' || ch == '>') && s->depth == 0) {
		skip_block_scalar(&s->c, s->indent);
		prescan_line(s);
		return 1;
	}
	return 0;
}

/* A ':' that libyaml reads as a mapping value indicator. */
static int value_indicator(const prescan *s)
{
	const unsigned char *next = s->c.p + 1;

	if (blank_or_end(&s->c, next))
		return 1;
	return s->depth > 0 && (s->after_flow_node || is_flow_indicator(*next));
}

/*
 * libyaml's scanner slows down with the square of the flow nesting
 * (docs/dependencies.md), so brackets nested past CL_YAML_MAX_DEPTH are refused
 * here, in one linear pass, before libyaml reads them. The pass knows
 * just enough YAML to leave brackets in comments, quoted scalars, block
 * scalars and plain scalars (`title: see [1]`) uncounted. Where its guess
 * is wrong it tends to miss brackets rather than invent them, and the
 * depth check in the event loop still catches what it missed: that check
 * is the rule, this is a shortcut for hostile input.
 *
 * Returns -1 with the 0-based position of the first bracket too deep.
 */
static int prescan_flow_depth(const char *text, size_t len, size_t *line, size_t *column)
{
	prescan s;

	memset(&s, 0, sizeof(s));
	cursor_init(&s.c, text, len);
	prescan_line(&s);
	while (s.c.p < s.c.end) {
		unsigned char ch = *s.c.p;

		if (cursor_at_break(&s.c)) {
			cursor_advance(&s.c);
			prescan_line(&s);
			continue;
		}
		if (ch == ' ' || ch == '\t') {
			cursor_advance(&s.c);
			continue;
		}
		if (ch == '#' && (s.c.column == 0 || s.c.p[-1] == ' ' || s.c.p[-1] == '\t')) {
			skip_to_break(&s.c);
			s.in_plain = 0;
			continue;
		}
		if ((ch == '[' || ch == '{') && (s.depth > 0 || s.node_start)) {
			if (++s.depth > CL_YAML_MAX_DEPTH) {
				*line = s.c.line;
				*column = s.c.column;
				return -1;
			}
			s.node_start = 1;
			s.after_flow_node = 0;
			s.in_plain = 0;
			cursor_advance(&s.c);
			continue;
		}
		if ((ch == ']' || ch == '}') && s.depth > 0) {
			s.depth--;
			s.node_start = 0;
			s.after_flow_node = 1;
			cursor_advance(&s.c);
			continue;
		}
		if ((ch == ',' && s.depth > 0) || (ch == ':' && value_indicator(&s))) {
			if (s.depth == 0)
				s.in_collection = 1;
			s.node_start = 1;
			s.after_flow_node = 0;
			s.in_plain = 0;
			cursor_advance(&s.c);
			continue;
		}
		if (s.node_start && prescan_node_start(&s, ch))
			continue;
		/* Anything else is part of a plain scalar. */
		if (s.node_start && s.depth == 0) {
			s.in_plain = 1;
			s.plain_indent = s.indent;
		}
		s.node_start = 0;
		s.after_flow_node = 0;
		cursor_advance(&s.c);
	}
	return 0;
}

/* ---- the tree ---- */

cl_yaml_node *cl_yaml_new_scalar(const char *text, size_t len, int line, int column)
{
	cl_yaml_node *node = cl_calloc(1, sizeof(*node));

	node->kind = CL_YAML_SCALAR;
	node->scalar = cl_strndup(text, len);
	node->scalar_len = strlen(node->scalar);
	node->plain = 1;
	node->line = line;
	node->column = column;
	return node;
}

cl_yaml_node *cl_yaml_new_collection(cl_yaml_kind kind, int line, int column)
{
	cl_yaml_node *node = cl_calloc(1, sizeof(*node));

	node->kind = kind;
	node->line = line;
	node->column = column;
	return node;
}

void cl_yaml_append(cl_yaml_node *collection, cl_yaml_node *key, cl_yaml_node *value)
{
	size_t n = collection->count + 1;

	if (collection->kind == CL_YAML_SEQUENCE) {
		collection->items = cl_realloc(collection->items, n * sizeof(cl_yaml_node *));
		collection->items[n - 1] = value;
	} else {
		collection->keys = cl_realloc(collection->keys, n * sizeof(cl_yaml_node *));
		collection->values = cl_realloc(collection->values, n * sizeof(cl_yaml_node *));
		collection->keys[n - 1] = key;
		collection->values[n - 1] = value;
	}
	collection->count = n;
}

int cl_yaml_index(const cl_yaml_node *map, const char *key)
{
	for (size_t i = 0; map && map->kind == CL_YAML_MAPPING && i < map->count; i++)
		if (strcmp(map->keys[i]->scalar, key) == 0)
			return (int)i;
	return -1;
}

void cl_yaml_free(cl_yaml_node *node)
{
	size_t i;

	if (!node)
		return;
	/* Recursion is bounded: no tree is deeper than CL_YAML_MAX_DEPTH. */
	for (i = 0; i < node->count; i++) {
		if (node->kind == CL_YAML_SEQUENCE) {
			cl_yaml_free(node->items[i]);
		} else if (node->kind == CL_YAML_MAPPING) {
			cl_yaml_free(node->keys[i]);
			cl_yaml_free(node->values[i]);
		}
	}
	free(node->scalar);
	free(node->items);
	free(node->keys);
	free(node->values);
	free(node);
}

static cl_yaml_node *node_new(const parse_state *st, cl_yaml_kind kind, yaml_mark_t mark)
{
	cl_yaml_node *node = cl_calloc(1, sizeof(*node));

	node->kind = kind;
	node->line = offset_line(st->line_offset, mark.line);
	node->column = (int)mark.column + 1;
	return node;
}

static void push_node(cl_yaml_node ***array, size_t *cap, size_t need, cl_yaml_node *node)
{
	void *p = *array;

	cl_grow(&p, cap, need, sizeof(**array));
	*array = p;
	(*array)[need - 1] = node;
}

/*
 * Hangs a new node on the tree at once, so that freeing the root frees
 * everything on every error path. A mapping's key is counted as soon as
 * it arrives, with a NULL value until the value follows.
 */
static void attach(parse_state *st, cl_yaml_node *node)
{
	frame *top;
	cl_yaml_node *parent;

	if (st->depth == 0) {
		st->root = node;
		return;
	}
	top = &st->stack[st->depth - 1];
	parent = top->node;
	if (parent->kind == CL_YAML_SEQUENCE) {
		push_node(&parent->items, &top->cap_keys, parent->count + 1, node);
		parent->count++;
	} else if (top->want_value) {
		parent->values[parent->count - 1] = node;
		top->want_value = 0;
	} else {
		push_node(&parent->keys, &top->cap_keys, parent->count + 1, node);
		push_node(&parent->values, &top->cap_values, parent->count + 1, NULL);
		parent->count++;
		top->want_value = 1;
	}
}

/* Whether the next node would be a mapping key. */
static int expecting_key(const parse_state *st)
{
	const frame *top;

	if (st->depth == 0)
		return 0;
	top = &st->stack[st->depth - 1];
	return top->node->kind == CL_YAML_MAPPING && !top->want_value;
}

/* ---- duplicate keys ---- */

typedef struct {
	const cl_yaml_node *key;
	size_t index;
} key_ref;

static int compare_key_refs(const void *a, const void *b)
{
	const key_ref *x = a;
	const key_ref *y = b;
	size_t n = x->key->scalar_len < y->key->scalar_len ? x->key->scalar_len : y->key->scalar_len;
	int c = memcmp(x->key->scalar, y->key->scalar, n);

	if (c != 0)
		return c;
	if (x->key->scalar_len != y->key->scalar_len)
		return x->key->scalar_len < y->key->scalar_len ? -1 : 1;
	/* Equal keys stay in document order: the first is the original. */
	return x->index < y->index ? -1 : x->index > y->index;
}

static int same_key(const cl_yaml_node *a, const cl_yaml_node *b)
{
	return a->scalar_len == b->scalar_len && memcmp(a->scalar, b->scalar, a->scalar_len) == 0;
}

/* A key fit for a one-line message: control characters replaced, long
 * keys cut at a character boundary. */
static void quote_key(char *out, size_t size, const cl_yaml_node *key)
{
	size_t n = key->scalar_len;
	size_t i;

	if (n > KEY_QUOTE_BYTES) {
		n = KEY_QUOTE_BYTES;
		while (n > 0 && ((unsigned char)key->scalar[n] & 0xC0) == 0x80)
			n--;
	}
	for (i = 0; i < n && i + 4 < size; i++) {
		unsigned char ch = (unsigned char)key->scalar[i];

		out[i] = ch < 0x20 || ch == 0x7F ? '?' : (char)ch;
	}
	out[i] = '\0';
	if (n < key->scalar_len)
		strcat(out, "...");
}

static int before(int line, int column, const failure *f)
{
	return !f->set || line < f->line || (line == f->line && column < f->column);
}

/*
 * Sorting the keys finds every duplicate in O(n log n); a mapping may
 * hold thousands of keys, and a hash table would be open to inputs
 * crafted to collide. Of all duplicates, the one that comes first in the
 * text is kept.
 */
static void check_duplicates(parse_state *st, const cl_yaml_node *map)
{
	key_ref *refs;
	size_t i, first = 0, dup = 0;
	int found = 0;

	if (map->count < 2)
		return;
	refs = cl_malloc(map->count * sizeof(*refs));
	for (i = 0; i < map->count; i++) {
		refs[i].key = map->keys[i];
		refs[i].index = i;
	}
	qsort(refs, map->count, sizeof(*refs), compare_key_refs);
	for (i = 1; i < map->count; i++) {
		/* Only the second of a run of equal keys matters: later ones
		 * come later in the text. */
		if (!same_key(refs[i].key, refs[i - 1].key))
			continue;
		if (i >= 2 && same_key(refs[i].key, refs[i - 2].key))
			continue;
		if (!found || refs[i].index < dup) {
			first = refs[i - 1].index;
			dup = refs[i].index;
			found = 1;
		}
	}
	free(refs);
	if (found && before(map->keys[dup]->line, map->keys[dup]->column, &st->duplicate)) {
		char quoted[KEY_QUOTE_BYTES + 4];

		quote_key(quoted, sizeof(quoted), map->keys[dup]);
		cl_error_set(&st->duplicate.err, "duplicate key '%s' (first at line %d)", quoted,
		             map->keys[first]->line);
		st->duplicate.set = 1;
		st->duplicate.line = map->keys[dup]->line;
		st->duplicate.column = map->keys[dup]->column;
	}
}

/* ---- events ---- */

static int on_scalar(parse_state *st, const yaml_event_t *ev)
{
	const char *value = (const char *)ev->data.scalar.value;
	size_t length = ev->data.scalar.length;
	cl_yaml_node *node;

	/* A "\0" escape would cut the text short for every C string user. */
	if (memchr(value, '\0', length))
		return fail(st, ev->start_mark, "a scalar contains a NUL character");
	node = node_new(st, CL_YAML_SCALAR, ev->start_mark);
	node->scalar = cl_strndup(value, length);
	node->scalar_len = length;
	node->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	attach(st, node);
	return 0;
}

static int on_collection_start(parse_state *st, const yaml_event_t *ev)
{
	cl_yaml_kind kind = ev->type == YAML_SEQUENCE_START_EVENT ? CL_YAML_SEQUENCE : CL_YAML_MAPPING;
	cl_yaml_node *node;
	frame *top;

	if (expecting_key(st))
		return fail(st, ev->start_mark, "mapping keys must be plain text");
	if (st->depth >= CL_YAML_MAX_DEPTH)
		return fail(st, ev->start_mark, nesting_message);
	node = node_new(st, kind, ev->start_mark);
	attach(st, node);
	top = &st->stack[st->depth++];
	memset(top, 0, sizeof(*top));
	top->node = node;
	return 0;
}

static void on_collection_end(parse_state *st)
{
	cl_yaml_node *node;

	/* libyaml pairs start and end events; the guard is for safety. */
	if (st->depth == 0)
		return;
	node = st->stack[--st->depth].node;
	if (node->kind == CL_YAML_MAPPING)
		check_duplicates(st, node);
}

static int on_event(parse_state *st, const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++st->documents > 1)
			return fail(st, ev->start_mark, "only one YAML document is allowed");
		return 0;
	case YAML_ALIAS_EVENT:
		return fail(st, ev->start_mark, "aliases (*name) are not supported");
	case YAML_SCALAR_EVENT:
		return on_scalar(st, ev);
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		return on_collection_start(st, ev);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		on_collection_end(st);
		return 0;
	default:
		return 0;
	}
}

/* libyaml's own error, in its words, at its position. */
static void libyaml_failure(parse_state *st, const yaml_parser_t *parser)
{
	const char *problem = parser->problem ? parser->problem : "YAML syntax error";
	failure *f = &st->fatal;

	if (parser->error == YAML_MEMORY_ERROR)
		cl_oom();
	if (parser->error == YAML_READER_ERROR) {
		/* Reader errors carry a byte offset, not a mark. */
		cursor c;
		size_t offset = parser->problem_offset < st->len ? parser->problem_offset : st->len;

		cursor_init(&c, st->text, offset);
		while (c.p < c.end)
			cursor_advance(&c);
		if (parser->problem_value != -1)
			cl_error_set(&f->err, "%s (0x%02X)", problem, (unsigned)parser->problem_value);
		else
			cl_error_set(&f->err, "%s", problem);
		fail_at_position(f, st->line_offset, c.line, c.column);
		return;
	}
	if (parser->context)
		cl_error_set(&f->err, "%s (%s at line %d)", problem, parser->context,
		             offset_line(st->line_offset, parser->context_mark.line));
	else
		cl_error_set(&f->err, "%s", problem);
	fail_at_position(f, st->line_offset, parser->problem_mark.line, parser->problem_mark.column);
}

/* Runs the event loop to the end of the stream or the first refusal. */
static int read_events(parse_state *st, yaml_parser_t *parser)
{
	for (;;) {
		yaml_event_t ev;
		int rc, end;

		if (!yaml_parser_parse(parser, &ev)) {
			libyaml_failure(st, parser);
			return -1;
		}
		rc = on_event(st, &ev);
		end = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (rc < 0)
			return -1;
		if (end)
			return 0;
	}
}

/* The error to report: the fatal one, unless a duplicate key (in a
 * mapping closed or still open when the parse stopped) comes first. */
static const failure *first_failure(parse_state *st)
{
	size_t i;

	for (i = 0; i < st->depth; i++)
		if (st->stack[i].node->kind == CL_YAML_MAPPING)
			check_duplicates(st, st->stack[i].node);
	if (!st->fatal.set)
		return st->duplicate.set ? &st->duplicate : NULL;
	if (st->duplicate.set && before(st->duplicate.line, st->duplicate.column, &st->fatal))
		return &st->duplicate;
	return &st->fatal;
}

/* An implicit empty document (`---` alone) is a plain empty scalar to
 * libyaml; the header promises NULL for it, as for no document at all. */
static int empty_root(const cl_yaml_node *root)
{
	return root && root->kind == CL_YAML_SCALAR && root->plain && root->scalar_len == 0;
}

int cl_yaml_parse(cl_yaml_node **out, const char *text, size_t len, int line_offset, int *err_line,
                  int *err_column, cl_error *err)
{
	parse_state st;
	yaml_parser_t parser;
	const failure *f = NULL;
	size_t line, column;

	*out = NULL;
	memset(&st, 0, sizeof(st));
	st.line_offset = line_offset;
	if (len > CL_YAML_MAX_BYTES) {
		cl_error_set(err, "YAML of %zu bytes is larger than the %d KiB clauselint reads", len,
		             CL_YAML_MAX_BYTES / 1024);
		if (err_line)
			*err_line = line_offset + 1;
		if (err_column)
			*err_column = 1;
		return -1;
	}
	if (len == 0)
		return 0;
	/* A UTF-8 byte order mark is dropped here rather than by libyaml,
	 * which would count it as a column; and the encoding is fixed so
	 * that a UTF-16 mark is an error, not a switch of encoding. */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	st.text = text;
	st.len = len;
	if (prescan_flow_depth(text, len, &line, &column) < 0) {
		cl_error_set(&st.fatal.err, "%s", nesting_message);
		fail_at_position(&st.fatal, line_offset, line, column);
		f = &st.fatal;
		goto report;
	}

	if (!yaml_parser_initialize(&parser))
		cl_oom();
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	read_events(&st, &parser);
	yaml_parser_delete(&parser);
	f = first_failure(&st);
	if (f)
		goto report;

	if (empty_root(st.root)) {
		cl_yaml_free(st.root);
		st.root = NULL;
	}
	*out = st.root;
	return 0;

report:
	cl_error_set(err, "%s", f->err.message);
	if (err_line)
		*err_line = f->line;
	if (err_column)
		*err_column = f->column;
	cl_yaml_free(st.root);
	return -1;
}

/* ---- lookups ---- */

static const cl_yaml_node *find_key(const cl_yaml_node *map, const char *key, int want_value)
{
	size_t len;
	size_t i;

	if (!map || map->kind != CL_YAML_MAPPING || !key)
		return NULL;
	len = strlen(key);
	for (i = 0; i < map->count; i++) {
		const cl_yaml_node *k = map->keys[i];

		if (k->scalar_len == len && memcmp(k->scalar, key, len) == 0)
			return want_value ? map->values[i] : k;
	}
	return NULL;
}

const cl_yaml_node *cl_yaml_get(const cl_yaml_node *map, const char *key)
{
	return find_key(map, key, 1);
}

const cl_yaml_node *cl_yaml_get_key(const cl_yaml_node *map, const char *key)
{
	return find_key(map, key, 0);
}

int cl_yaml_is_null(const cl_yaml_node *node)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	size_t i;

	if (!node || node->kind != CL_YAML_SCALAR || !node->plain)
		return 0;
	for (i = 0; i < sizeof(nulls) / sizeof(nulls[0]); i++)
		if (strcmp(node->scalar, nulls[i]) == 0)
			return 1;
	return 0;
}

const char *cl_yaml_text(const cl_yaml_node *node)
{
	if (!node || node->kind != CL_YAML_SCALAR || cl_yaml_is_null(node))
		return NULL;
	return node->scalar;
}
