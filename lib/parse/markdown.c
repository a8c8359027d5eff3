/*
 * markdown.c: the body of a document, parsed with cmark-gfm (tables on).
 *
 * cmark knows nothing of front matter (`---` would be a thematic break), so
 * the front matter lines are blanked before parsing: line numbers stay the
 * file's own, which is what an author needs to find a finding.
 */
#include "parse/markdown.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

/* Kept while walking one body. */
typedef struct {
	cl_document *doc;
	const char *body;
	size_t body_len;
	size_t *line_starts; /* line_starts[n - 1]: offset of line n */
	size_t line_count;
	int last_scanned_line;
	cl_buf plain;
	/* CL_KEEP_PLAIN_TEXT and CL_KEEP_TABLES (markdown.h). */
	int want_plain;
	int want_tables;
	size_t link_cap, suppression_cap, kv_cap, table_cap, heading_line_cap;
} walker;

static void add_link(walker *w, cl_link_kind kind, const char *target, size_t len, int line, int column)
{
	cl_document *doc = w->doc;
	void *p = doc->links;
	cl_link *link;

	cl_grow(&p, &w->link_cap, doc->link_count + 1, sizeof(cl_link));
	doc->links = p;
	link = &doc->links[doc->link_count++];
	link->kind = kind;
	link->target = cl_strndup(target, len);
	link->line = line;
	link->column = column;
}

/* A link that leaves the repository (a scheme, `//host`) or stays on the
 * page (`#anchor`) is not ours to check. */
static int is_repository_link(const char *url)
{
	const char *p = url;

	if (!*url || *url == '#' || strncmp(url, "//", 2) == 0)
		return 0;
	if (isalpha((unsigned char)*p)) {
		while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
			p++;
		if (*p == ':')
			return 0;
	}
	return 1;
}

static void visit_link(walker *w, cmark_node *node)
{
	const char *url = cmark_node_get_url(node);
	size_t len;

	if (!url || !is_repository_link(url))
		return;
	len = strcspn(url, "?#");
	if (!len)
		return;
	add_link(w, CL_LINK_MARKDOWN, url, len, cmark_node_get_start_line(node),
	         cmark_node_get_start_column(node));
}

/* A run of backticks on a line. */
typedef struct {
	size_t pos, len, index;
} tick_run;

static int compare_runs(const void *a, const void *b)
{
	const tick_run *ra = a, *rb = b;

	if (ra->len != rb->len)
		return ra->len < rb->len ? -1 : 1;
	return ra->pos < rb->pos ? -1 : ra->pos > rb->pos;
}

/*
 * The code spans of one line, as [start, end) pairs in `spans` (two
 * entries each): a backtick run opens a span that the next run of the
 * same length closes (CommonMark). Runs are paired through a sort by
 * length, so a line of a million unmatched backticks costs n log n, not
 * a rescan per run. The caller frees *spans.
 */
static size_t line_code_spans(size_t **spans, const char *s, size_t start, size_t end)
{
	tick_run *runs = NULL, *sorted;
	size_t count = 0, cap = 0, spans_count = 0, *next;
	void *p;

	*spans = NULL;
	for (size_t i = start; i < end;) {
		size_t len = 0;

		if (s[i] == '\\') {
			i += 2;
			continue;
		}
		while (i + len < end && s[i + len] == '`')
			len++;
		if (!len) {
			i++;
			continue;
		}
		p = runs;
		cl_grow(&p, &cap, count + 1, sizeof(tick_run));
		runs = p;
		runs[count].pos = i;
		runs[count].len = len;
		runs[count].index = count;
		count++;
		i += len;
	}
	if (count < 2) {
		free(runs);
		return 0;
	}
	/* next[i]: the index of the next run as long as run i, or count. */
	sorted = cl_malloc(count * sizeof(tick_run));
	memcpy(sorted, runs, count * sizeof(tick_run));
	qsort(sorted, count, sizeof(tick_run), compare_runs);
	next = cl_malloc(count * sizeof(size_t));
	for (size_t k = 0; k < count; k++) {
		int paired = k + 1 < count && sorted[k + 1].len == sorted[k].len;

		next[sorted[k].index] = paired ? sorted[k + 1].index : count;
	}
	*spans = cl_malloc(count * sizeof(size_t));
	for (size_t i = 0; i < count;) {
		if (next[i] == count) {
			i++;
			continue;
		}
		(*spans)[spans_count++] = runs[i].pos;
		(*spans)[spans_count++] = runs[next[i]].pos + runs[next[i]].len;
		i = next[i] + 1;
	}
	free(next);
	free(sorted);
	free(runs);
	return spans_count / 2;
}

/* The wikilink opened at `i` ("[["), closed before `end`. */
static size_t scan_one_wikilink(walker *w, size_t i, size_t end, int line, size_t line_start)
{
	const char *s = w->body;
	const char *start = s + i + 2;
	const char *close = NULL;
	size_t target_len;

	for (const char *p = start; p + 1 < s + end; p++)
		if (p[0] == ']' && p[1] == ']') {
			close = p;
			break;
		}
	if (!close)
		return end;
	target_len = strcspn(start, "|#^]");
	if (start + target_len > close)
		target_len = (size_t)(close - start);
	/* In a table the alias bar is escaped: [[target\\|alias]]. */
	if (target_len && start[target_len - 1] == '\\')
		target_len--;
	while (target_len && start[target_len - 1] == ' ')
		target_len--;
	while (target_len && *start == ' ') {
		start++;
		target_len--;
	}
	if (target_len)
		add_link(w, CL_LINK_WIKI, start, target_len, line, (int)(i - line_start) + 1);
	return (size_t)(close - s) + 2;
}

/* One past the start of the last "]]" in [start, end), or start. */
static size_t last_close(const char *s, size_t start, size_t end)
{
	for (size_t i = end; i > start + 1; i--)
		if (s[i - 1] == ']' && s[i - 2] == ']')
			return i;
	return start;
}

/* Whether "[[" occurs in [start, end): most lines have no wikilink, and
 * need no look for code spans. */
static int has_double_bracket(const char *s, size_t start, size_t end)
{
	for (const char *p = memchr(s + start, '[', end - start); p && (size_t)(p - s) + 1 < end;
	     p = memchr(p + 1, '[', end - (size_t)(p + 1 - s)))
		if (p[1] == '[')
			return 1;
	return 0;
}

static void scan_line_wikilinks(walker *w, int line, size_t start, size_t end)
{
	size_t *spans;
	size_t span_count, span = 0;
	/* A "[[" after the last "]]" can't close: stop there, or a line of
	 * opening brackets would be searched to its end from each one. */
	size_t stop;

	if (end <= start || !has_double_bracket(w->body, start, end))
		return;
	span_count = line_code_spans(&spans, w->body, start, end);
	stop = last_close(w->body, start, end);
	for (size_t i = start; i + 1 < stop;) {
		while (span < span_count && spans[2 * span + 1] <= i)
			span++;
		if (span < span_count && spans[2 * span] <= i) {
			i = spans[2 * span + 1];
			continue;
		}
		if (w->body[i] == '\\')
			i += 2;
		else if (w->body[i] == '[' && w->body[i + 1] == '[')
			i = scan_one_wikilink(w, i, stop, line, start);
		else
			i++;
	}
	free(spans);
}

/*
 * [[target]], [[target|alias]], [[target#heading]], ![[embed]]: the
 * target is what comes before '|', '#' or '^'. cmark has no syntax for
 * them and splits their text at emphasis and entities, so they are read
 * from the source lines of the block, skipping code spans and escapes;
 * the column is then the file's own.
 */
static void scan_wikilinks(walker *w, cmark_node *node)
{
	int first = cmark_node_get_start_line(node);
	int last = cmark_node_get_end_line(node);

	if (first <= w->last_scanned_line)
		first = w->last_scanned_line + 1;
	for (int line = first; line <= last && (size_t)line <= w->line_count; line++) {
		size_t start = w->line_starts[line - 1];
		size_t end = (size_t)line < w->line_count ? w->line_starts[line] : w->body_len;

		scan_line_wikilinks(w, line, start, end);
	}
	if (last > w->last_scanned_line)
		w->last_scanned_line = last;
}

static const struct {
	const char *word;
	cl_suppress_kind kind;
} suppress_words[] = {
        /* Longest first: "disable" is a prefix of the others. */
        {"disable-next-line", CL_SUPPRESS_DISABLE_NEXT_LINE},
        {"disable-line", CL_SUPPRESS_DISABLE_LINE},
        {"disable-file", CL_SUPPRESS_DISABLE_FILE},
        {"disable", CL_SUPPRESS_DISABLE},
        {"enable", CL_SUPPRESS_ENABLE},
};

static void add_suppression(walker *w, cl_suppress_kind kind, const char *names, size_t len, int line)
{
	cl_document *doc = w->doc;
	void *p = doc->suppressions;
	cl_suppression *s;
	size_t i = 0;

	cl_grow(&p, &w->suppression_cap, doc->suppression_count + 1, sizeof(cl_suppression));
	doc->suppressions = p;
	s = &doc->suppressions[doc->suppression_count++];
	memset(s, 0, sizeof(*s));
	s->kind = kind;
	s->line = line;
	while (i < len) {
		size_t start;

		while (i < len && (isspace((unsigned char)names[i]) || names[i] == ','))
			i++;
		start = i;
		while (i < len && !isspace((unsigned char)names[i]) && names[i] != ',')
			i++;
		if (i > start)
			cl_strvec_push_owned(&s->rules, cl_strndup(names + start, i - start));
	}
}

/* One `<!-- clauselint-WORD [RULE...] -->` comment, `body` being what is
 * between the comment's delimiters. */
static void parse_suppression(walker *w, const char *body, size_t len, int line)
{
	static const char prefix[] = "clauselint-";

	while (len && isspace((unsigned char)*body)) {
		body++;
		len--;
	}
	if (len < sizeof(prefix) - 1 || memcmp(body, prefix, sizeof(prefix) - 1) != 0)
		return;
	body += sizeof(prefix) - 1;
	len -= sizeof(prefix) - 1;
	for (size_t i = 0; i < sizeof(suppress_words) / sizeof(suppress_words[0]); i++) {
		size_t n = strlen(suppress_words[i].word);

		if (len >= n && memcmp(body, suppress_words[i].word, n) == 0 &&
		    (len == n || isspace((unsigned char)body[n]))) {
			add_suppression(w, suppress_words[i].kind, body + n, len - n, line);
			return;
		}
	}
}

/* Lines of a block's literal, counted forward only: a block with many
 * comments or rows must not be re-counted from its start for each. */
typedef struct {
	const char *pos;
	int line;
} line_counter;

static int line_at(line_counter *c, const char *p)
{
	for (; c->pos < p; c->pos++)
		c->line += *c->pos == '\n';
	return c->line;
}

/* `needle` in [p, end), or NULL. Bounded, unlike strstr, whose cost (and
 * under ASan, whose check) runs to the end of the string every call. */
static const char *find_text(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);

	while (p && (size_t)(end - p) >= n) {
		p = memchr(p, needle[0], (size_t)(end - p) - n + 1);
		if (!p || memcmp(p, needle, n) == 0)
			return p;
		p++;
	}
	return NULL;
}

static void scan_comments(walker *w, cmark_node *node)
{
	const char *text = cmark_node_get_literal(node);
	const char *text_end = text ? text + strlen(text) : NULL;
	const char *p = text;
	line_counter lines = {text, cmark_node_get_start_line(node)};

	for (p = find_text(p, text_end, "<!--"); p; p = find_text(p, text_end, "<!--")) {
		const char *end = find_text(p + 4, text_end, "-->");
		int line = line_at(&lines, p);

		if (!end)
			return;
		parse_suppression(w, p + 4, (size_t)(end - p - 4), line);
		p = end + 3;
	}
}

/* ---- the rendered key/value table of a Dataview export ---- */

static const struct {
	const char *name;
	const char *text;
} entities[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "},
};

/* The text of an HTML fragment: tags dropped, common entities decoded,
 * white space collapsed and trimmed. */
static char *html_text(const char *s, size_t len)
{
	cl_buf out = CL_BUF_INIT;
	size_t i = 0;

	while (i < len) {
		size_t e;

		if (s[i] == '<') {
			const char *gt = memchr(s + i, '>', len - i);

			i = gt ? (size_t)(gt - s) + 1 : len;
			continue;
		}
		for (e = 0; s[i] == '&' && e < sizeof(entities) / sizeof(entities[0]); e++) {
			size_t n = strlen(entities[e].name);

			if (len - i >= n && strncasecmp(s + i, entities[e].name, n) == 0)
				break;
		}
		if (s[i] == '&' && e < sizeof(entities) / sizeof(entities[0])) {
			cl_buf_puts(&out, entities[e].text);
			i += strlen(entities[e].name);
			continue;
		}
		if (isspace((unsigned char)s[i])) {
			if (out.len && out.ptr[out.len - 1] != ' ')
				cl_buf_putc(&out, ' ');
		} else {
			cl_buf_putc(&out, s[i]);
		}
		i++;
	}
	if (out.len && out.ptr[out.len - 1] == ' ')
		out.ptr[--out.len] = '\0';
	return cl_buf_detach(&out);
}

static const char *find_tag(const char *p, const char *end, const char *tag)
{
	size_t n = strlen(tag);

	for (; p + n <= end; p++) {
		if (strncasecmp(p, tag, n) == 0 &&
		    (p + n == end || p[n] == '>' || isspace((unsigned char)p[n])))
			return p;
	}
	return NULL;
}

/* The text of the first `<td>` cell at or after *p in [*p, end), moving
 * *p past it; NULL when there is none. */
static char *next_cell(const char **p, const char *end)
{
	const char *open = find_tag(*p, end, "<td");
	const char *content, *close;

	if (!open)
		return NULL;
	content = memchr(open, '>', (size_t)(end - open));
	if (!content)
		return NULL;
	content++;
	close = find_tag(content, end, "</td");
	if (!close)
		close = end;
	*p = close;
	return html_text(content, (size_t)(close - content));
}

static void add_kv_row(walker *w, char *key, char *value, int line)
{
	cl_document *doc = w->doc;
	void *p = doc->kv_rows;

	cl_grow(&p, &w->kv_cap, doc->kv_row_count + 1, sizeof(cl_kv_row));
	doc->kv_rows = p;
	doc->kv_rows[doc->kv_row_count].key = key;
	doc->kv_rows[doc->kv_row_count].value = value;
	doc->kv_rows[doc->kv_row_count].line = line;
	doc->kv_row_count++;
}

static void scan_kv_rows(walker *w, cmark_node *node)
{
	const char *text = cmark_node_get_literal(node);
	const char *end = text ? text + strlen(text) : NULL;
	const char *p = text;
	const char *close = text;
	line_counter lines = {text, cmark_node_get_start_line(node)};

	for (p = p ? find_tag(p, end, "<tr") : NULL; p; p = find_tag(p, end, "<tr")) {
		const char *cursor = p;
		const char *row_end;
		int line = line_at(&lines, p);
		char *key, *value;

		/* Search for the next "</tr" only when the last one found is
		 * behind us: rows without one must not rescan the block. */
		if (close && close <= p)
			close = find_tag(p, end, "</tr");
		row_end = close ? close : end;
		key = next_cell(&cursor, row_end);
		value = key ? next_cell(&cursor, row_end) : NULL;
		if (key && value && *key)
			add_kv_row(w, key, value, line);
		else {
			free(key);
			free(value);
		}
		p = row_end;
		if (p < end)
			p++;
	}
}

/* ---- text of inline content: headings, table cells, plain text ---- */

/* Iterative: emphasis can nest as deep as the input is long. */
static void inline_text(cl_buf *out, cmark_node *node)
{
	cmark_iter *iter = cmark_iter_new(node);
	cmark_event_type event;

	for (event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
		cmark_node *c = cmark_iter_get_node(iter);
		cmark_node_type type = cmark_node_get_type(c);

		if (event != CMARK_EVENT_ENTER || c == node)
			continue;
		if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
			cl_buf_puts(out, cmark_node_get_literal(c));
		else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
			cl_buf_putc(out, ' ');
	}
	cmark_iter_free(iter);
}

static char *trimmed_inline_text(cmark_node *node)
{
	cl_buf buf = CL_BUF_INIT;
	char *s;
	size_t start = 0, end;

	inline_text(&buf, node);
	s = cl_buf_detach(&buf);
	end = strlen(s);
	while (start < end && isspace((unsigned char)s[start]))
		start++;
	while (end > start && isspace((unsigned char)s[end - 1]))
		end--;
	memmove(s, s + start, end - start);
	s[end - start] = '\0';
	return s;
}

static void visit_heading(walker *w, cmark_node *node)
{
	cl_document *doc = w->doc;
	void *p = doc->heading_lines;

	cl_grow(&p, &w->heading_line_cap, doc->headings.count + 1, sizeof(int));
	doc->heading_lines = p;
	doc->heading_lines[doc->headings.count] = cmark_node_get_start_line(node);
	cl_strvec_push_owned(&doc->headings, trimmed_inline_text(node));
}

/* A short row's missing cells all point here; the rules only read cells. */
static char missing_cell[1];

void cl_table_clear(cl_table *table)
{
	if (!table)
		return;
	for (size_t i = 0; i < table->columns; i++)
		if (table->header[i] != missing_cell)
			free(table->header[i]);
	free(table->header);
	for (size_t r = 0; r < table->rows; r++) {
		for (size_t i = 0; i < table->columns; i++)
			if (table->cells[r][i] != missing_cell)
				free(table->cells[r][i]);
		free(table->cells[r]);
	}
	free(table->cells);
	free(table->row_lines);
}

/* The cells of one row, padded to `columns` with the one shared empty
 * cell, which costs no allocation per missing cell. */
static char **row_cells(cmark_node *row, size_t columns)
{
	char **cells = cl_calloc(columns, sizeof(char *));
	size_t i = 0;

	for (cmark_node *c = cmark_node_first_child(row); c && i < columns; c = cmark_node_next(c))
		cells[i++] = trimmed_inline_text(c);
	for (; i < columns; i++)
		cells[i] = missing_cell;
	return cells;
}

static size_t count_children(cmark_node *node)
{
	size_t n = 0;

	for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
		n++;
	return n;
}

static void visit_table(walker *w, cmark_node *node)
{
	cl_document *doc = w->doc;
	cmark_node *header = cmark_node_first_child(node);
	void *p = doc->tables;
	cl_table *t;
	size_t r = 0;

	if (!header || !w->want_tables)
		return;
	cl_grow(&p, &w->table_cap, doc->table_count + 1, sizeof(cl_table));
	doc->tables = p;
	t = &doc->tables[doc->table_count++];
	memset(t, 0, sizeof(*t));
	t->line = cmark_node_get_start_line(node);
	t->columns = count_children(header);
	t->header = row_cells(header, t->columns);
	t->rows = count_children(node) - 1;
	t->cells = cl_calloc(t->rows, sizeof(char **));
	t->row_lines = cl_calloc(t->rows, sizeof(int));
	for (cmark_node *row = cmark_node_next(header); row; row = cmark_node_next(row), r++) {
		t->cells[r] = row_cells(row, t->columns);
		t->row_lines[r] = cmark_node_get_start_line(row);
	}
}

/* The text lower-cased, each run of white space one space: written in
 * place after one reservation (a call per byte was a tenth of a lint of
 * large documents, issue 15). */
static void append_plain(walker *w, const char *text)
{
	cl_buf *plain = &w->plain;
	char *out;

	if (!w->want_plain)
		return;
	cl_buf_reserve(plain, strlen(text));
	out = plain->ptr + plain->len;
	for (const char *p = text; *p; p++) {
		if (isspace((unsigned char)*p)) {
			if (out > plain->ptr && out[-1] != ' ')
				*out++ = ' ';
		} else {
			*out++ = (char)tolower((unsigned char)*p);
		}
	}
	*out = '\0';
	plain->len = (size_t)(out - plain->ptr);
}

/* "a. ", "ii) ", "3. ", "- ": the start of a list item. */
static int starts_list_item(const char *p)
{
	size_t n = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	if ((*p == '-' || *p == '*' || *p == '+') && p[1] == ' ')
		return 1;
	while (n < 4 && isalnum((unsigned char)p[n]))
		n++;
	return n > 0 && (p[n] == '.' || p[n] == ')') && p[n + 1] == ' ';
}

/* Pandoc writes lettered lists ("a. be appropriate to the purpose") four
 * spaces in, which CommonMark reads as an indented code block; comply's
 * policies state clause 5.2 that way. Such a block is the policy's text
 * to the content rules, while a fenced block, or an indented one that
 * isn't a list, stays code. */
static int is_indented_list(cmark_node *node)
{
	const char *literal = cmark_node_get_literal(node);
	int length = 0, offset = 0;
	char fence = 0;

	if (cmark_node_get_fenced(node, &length, &offset, &fence) || !literal)
		return 0;
	return starts_list_item(literal);
}

/* The text nodes of a block, joined: cmark splits "[TBD]" into "[",
 * "TBD" and "]", so placeholders are looked for in the join, and each
 * found is placed by the node it starts in. Code spans are code. */
typedef struct {
	cl_buf text;
	cmark_node *nodes[256];
	size_t starts[256];
	int breaks[256]; /* line breaks of the block before the node */
	size_t count;
	int breaks_so_far;
} joined_text;

static void join_text(joined_text *j, cmark_node *node, int depth)
{
	for (cmark_node *c = cmark_node_first_child(node); c && depth < 16; c = cmark_node_next(c)) {
		cmark_node_type type = cmark_node_get_type(c);

		if (type == CMARK_NODE_TEXT && j->count < 256) {
			j->nodes[j->count] = c;
			j->breaks[j->count] = j->breaks_so_far;
			j->starts[j->count++] = j->text.len;
			cl_buf_puts(&j->text, cmark_node_get_literal(c));
		} else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
			cl_buf_putc(&j->text, ' ');
			j->breaks_so_far++;
		} else if (type != CMARK_NODE_CODE && type != CMARK_NODE_LINK) {
			join_text(j, c, depth + 1);
		}
	}
}

/* Whether the block's source lines hold a '[' or a '{', which every
 * placeholder starts with (util/util.c, cl_find_placeholder), or a '&'
 * that could be written as an entity: most blocks have none, and need
 * no joined text. */
static int may_hold_placeholder(const walker *w, cmark_node *block)
{
	int first = cmark_node_get_start_line(block);
	int last = cmark_node_get_end_line(block);
	size_t start, end;

	if (first < 1 || (size_t)first > w->line_count || last < first)
		return 1;
	start = w->line_starts[first - 1];
	end = (size_t)last < w->line_count ? w->line_starts[last] : w->body_len;
	return memchr(w->body + start, '[', end - start) || memchr(w->body + start, '{', end - start) ||
	       memchr(w->body + start, '&', end - start);
}

static void note_placeholders(walker *w, cmark_node *block)
{
	cl_document *doc = w->doc;
	joined_text j;
	const char *p;
	size_t len = 0;

	if (!may_hold_placeholder(w, block))
		return;
	memset(&j, 0, sizeof(j));
	join_text(&j, block, 0);
	for (p = j.text.ptr ? cl_find_placeholder(j.text.ptr, &len) : NULL;
	     p && doc->placeholder_count < CL_MAX_PLACEHOLDERS; p = cl_find_placeholder(p + len, &len)) {
		size_t at = (size_t)(p - j.text.ptr), k = 0;
		cl_placeholder *ph;

		while (k + 1 < j.count && j.starts[k + 1] <= at)
			k++;
		if (!doc->placeholders)
			doc->placeholders = cl_calloc(CL_MAX_PLACEHOLDERS, sizeof(cl_placeholder));
		ph = &doc->placeholders[doc->placeholder_count++];
		ph->text = cl_strndup(p, len);
		/* cmark-gfm 0.29 places an inline after a line break on the
		 * block's first line: count the breaks instead. */
		ph->line = cmark_node_get_start_line(block) + (j.count ? j.breaks[k] : 0);
		ph->column = j.count && !j.breaks[k]
		                     ? cmark_node_get_start_column(j.nodes[k]) + (int)(at - j.starts[k])
		                     : 1;
	}
	cl_buf_free(&j.text);
}

static void visit(walker *w, cmark_node *node, cmark_event_type event)
{
	cmark_node_type type = cmark_node_get_type(node);
	const char *type_name = cmark_node_get_type_string(node);

	if (event == CMARK_EVENT_EXIT) {
		/* Blocks end a phrase: "objectives" + heading never join up. */
		if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING)
			append_plain(w, " ");
		return;
	}
	if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || strcmp(type_name, "table") == 0)
		scan_wikilinks(w, node);
	if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
	    strcmp(type_name, "table_cell") == 0)
		note_placeholders(w, node);
	if (type == CMARK_NODE_TEXT) {
		append_plain(w, cmark_node_get_literal(node));
	} else if (type == CMARK_NODE_CODE) {
		append_plain(w, cmark_node_get_literal(node));
	} else if (type == CMARK_NODE_CODE_BLOCK && is_indented_list(node)) {
		append_plain(w, " ");
		append_plain(w, cmark_node_get_literal(node));
		append_plain(w, " ");
	} else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
		append_plain(w, " ");
	} else if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
		visit_link(w, node);
	} else if (type == CMARK_NODE_HTML_INLINE) {
		scan_comments(w, node);
	} else if (type == CMARK_NODE_HTML_BLOCK) {
		scan_comments(w, node);
		scan_kv_rows(w, node);
	} else if (type == CMARK_NODE_HEADING) {
		visit_heading(w, node);
	} else if (strcmp(type_name, "table") == 0) {
		visit_table(w, node);
	} else if (strcmp(type_name, "table_cell") == 0) {
		append_plain(w, " ");
	}
}

/* Stable: the other comments keep their line order. */
static void put_file_suppressions_first(cl_document *doc)
{
	size_t n = doc->suppression_count, files = 0, others = 0;
	cl_suppression *sorted;

	for (size_t i = 0; i < n; i++)
		files += doc->suppressions[i].kind == CL_SUPPRESS_DISABLE_FILE;
	if (!files)
		return;
	sorted = cl_malloc(n * sizeof(*sorted));
	for (size_t i = 0; i < n; i++) {
		int file_wide = doc->suppressions[i].kind == CL_SUPPRESS_DISABLE_FILE;

		sorted[file_wide ? doc->file_suppression_count++ : files + others++] = doc->suppressions[i];
	}
	free(doc->suppressions);
	doc->suppressions = sorted;
}

static void index_lines(walker *w)
{
	size_t cap = 0;
	void *p = NULL;

	for (size_t i = 0; i <= w->body_len; i++) {
		if (i > 0 && w->body[i - 1] != '\n')
			continue;
		if (i == w->body_len && i > 0)
			break;
		cl_grow(&p, &cap, w->line_count + 1, sizeof(size_t));
		((size_t *)p)[w->line_count++] = i;
	}
	w->line_starts = p;
}

/* The body with the front matter's lines emptied, so cmark sees blank
 * lines and counts them. */
static char *blank_front_matter(const char *data, size_t len, int lines, size_t *out_len)
{
	cl_buf buf = CL_BUF_INIT;
	size_t i = 0;

	for (int l = 0; l < lines && i < len; i++)
		if (data[i] == '\n') {
			cl_buf_putc(&buf, '\n');
			l++;
		}
	cl_buf_put(&buf, data + i, len - i);
	*out_len = buf.len;
	return cl_buf_detach(&buf);
}

/* Obsidian's comments, `%% ... %%` on one line or across several, are
 * not shown in the note: their text and links are blanked to spaces
 * (newlines kept, so lines and columns stay true), as if not there. A
 * `%%` never closed is left as text, as Obsidian shows it. */
static char *find_percent_pair(char *p, char *end)
{
	for (; p + 1 < end; p++)
		if (p[0] == '%' && p[1] == '%')
			return p;
	return NULL;
}

static void blank_obsidian_comments(char *body, size_t len)
{
	char *p = body, *end = body + len;

	for (;;) {
		char *open = find_percent_pair(p, end);
		char *close = open ? find_percent_pair(open + 2, end) : NULL;

		if (!close)
			return;
		for (char *q = open; q < close + 2; q++)
			if (*q != '\n' && *q != '\r')
				*q = ' ';
		p = close + 2;
	}
}

void cl_markdown_parse_body(cl_document *doc, const char *data, size_t len, int front_matter_lines,
                            unsigned keep)
{
	walker w;
	size_t body_len;
	char *body = blank_front_matter(data, len, front_matter_lines, &body_len);
	cmark_parser *parser;
	cmark_node *root;
	cmark_iter *iter;
	cmark_event_type event;

	blank_obsidian_comments(body, body_len);
	memset(&w, 0, sizeof(w));
	w.doc = doc;
	w.body = body;
	w.body_len = body_len;
	w.want_plain = (keep & CL_KEEP_PLAIN_TEXT) != 0;
	w.want_tables = (keep & CL_KEEP_TABLES) != 0;
	index_lines(&w);
	cmark_gfm_core_extensions_ensure_registered();
	parser = cmark_parser_new(CMARK_OPT_DEFAULT);
	cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
	cmark_parser_feed(parser, body, body_len);
	root = cmark_parser_finish(parser);
	iter = cmark_iter_new(root);
	for (event = cmark_iter_next(iter); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter))
		visit(&w, cmark_iter_get_node(iter), event);
	cmark_iter_free(iter);
	cmark_node_free(root);
	cmark_parser_free(parser);
	free(body);
	free(w.line_starts);
	put_file_suppressions_first(doc);
	doc->plain_text = cl_buf_detach_exact(&w.plain);
	doc->body_parsed = 1;
}
