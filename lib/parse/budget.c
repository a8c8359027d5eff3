/*
 * budget.c: a linear pass over a Markdown body that bounds what its
 * tables would cost cmark-gfm (budget.h says why). It follows GFM's table
 * syntax only as far as cost goes and errs towards counting more: a run of
 * non-blank lines, a line of `|`, `-`, `:` and spaces that could be a
 * delimiter row, the line above it as a header, the lines below as rows.
 */
#include "parse/budget.h"

#include "util/util.h"

#include <string.h>

typedef struct {
	const char *text; /* the line without its container prefix */
	size_t len;
	int number;
} line_view;

/* What the pass knows of the current run of non-blank lines. */
typedef struct {
	size_t widest;     /* most cells on a line of the run so far */
	int widest_line;   /* ... and where */
	size_t pipes;      /* pipes on the lines of the run so far */
	size_t prev_cells; /* cells of the line before */
	int prev_line;     /* 0: this is the run's first line */
	size_t columns;    /* an open table's width, 0 when none */
	int table_line;    /* where it starts */
	size_t cells;      /* all tables' cells so far, padded */
	size_t rescans;    /* cells split again by header attempts */
} scan_state;

static int is_space_or_tab(char c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

/* Block quote markers and indentation come off, and one list marker:
 * tables can sit in either. */
static line_view strip_containers(const char *p, size_t len, int number)
{
	line_view v;
	size_t i = 0;

	while (i < len && (is_space_or_tab(p[i]) || p[i] == '>'))
		i++;
	if (i + 1 < len && (p[i] == '-' || p[i] == '*' || p[i] == '+') && p[i + 1] == ' ')
		i += 2;
	while (i < len && is_space_or_tab(p[i]))
		i++;
	while (len > i && is_space_or_tab(p[len - 1]))
		len--;
	v.text = p + i;
	v.len = len - i;
	v.number = number;
	return v;
}

static size_t unescaped_pipes(const line_view *v)
{
	size_t n = 0;

	for (size_t i = 0; i < v->len; i++) {
		if (v->text[i] == '\\')
			i++;
		else if (v->text[i] == '|')
			n++;
	}
	return n;
}

/* Cells as GFM splits a row: pipes separate them, and a leading or a
 * trailing pipe opens or closes the row without adding one. */
static size_t cells_of(const line_view *v, size_t pipes)
{
	int lead = v->len > 0 && v->text[0] == '|';
	int trail = v->len > 1 && v->text[v->len - 1] == '|' && v->text[v->len - 2] != '\\';
	size_t cells = pipes + 1 - (size_t)lead - (size_t)trail;

	return cells ? cells : 1;
}

/* `:?-+:?` between pipes, nothing else: GFM's delimiter row. */
static int is_delimiter_row(const line_view *v)
{
	size_t i = 0, dashes = 0;
	int segments = 0;

	if (i < v->len && v->text[i] == '|')
		i++;
	while (i < v->len) {
		size_t start = i, seg_dashes = 0;

		while (i < v->len && v->text[i] != '|')
			i++;
		for (size_t k = start; k < i; k++) {
			char c = v->text[k];

			if (c == '-')
				seg_dashes++;
			else if (c != ':' && !is_space_or_tab(c))
				return 0;
		}
		if (!seg_dashes && !(i == v->len && segments > 0 && start == i))
			return 0;
		dashes += seg_dashes;
		segments++;
		i += i < v->len;
	}
	return dashes > 0;
}

static void end_run(scan_state *s)
{
	s->widest = 0;
	s->widest_line = 0;
	s->pipes = 0;
	s->prev_cells = 0;
	s->prev_line = 0;
	s->columns = 0;
}

static char *too_wide(int *line, int at, size_t cells)
{
	*line = at;
	return cl_printf(
	        "line %d has %zu table cells; clauselint reads tables of at most %d columns: split the table",
	        at, cells, CL_MAX_TABLE_COLUMNS);
}

/* A delimiter row under the run so far: cmark-gfm splits the lines above
 * it as a header, and opens a table when the widths agree. */
static char *try_header(scan_state *s, const line_view *v, size_t cells, int *line)
{
	if (s->widest > CL_MAX_TABLE_COLUMNS)
		return too_wide(line, s->widest_line, s->widest);
	if (cells > CL_MAX_TABLE_COLUMNS)
		return too_wide(line, v->number, cells);
	s->rescans += s->pipes;
	if (s->rescans > CL_MAX_TABLE_RESCANS) {
		*line = v->number;
		return cl_printf(
		        "the lines that look like table delimiter rows up to line %d make cmark-gfm split %zu cells again; clauselint allows %d in a document: put a blank line before each table",
		        v->number, s->rescans, CL_MAX_TABLE_RESCANS);
	}
	if (s->prev_line && s->prev_cells == cells) {
		s->columns = cells;
		s->table_line = s->prev_line;
		s->cells += cells;
	}
	return NULL;
}

static char *add_row(scan_state *s, const line_view *v, size_t cells, int *line)
{
	if (cells > CL_MAX_TABLE_COLUMNS)
		return too_wide(line, v->number, cells);
	s->cells += s->columns;
	if (s->cells > CL_MAX_TABLE_CELLS) {
		*line = s->table_line;
		return cl_printf(
		        "the tables up to the one at line %d have %zu cells; clauselint reads at most %d table cells in a document: split the document",
		        s->table_line, s->cells, CL_MAX_TABLE_CELLS);
	}
	return NULL;
}

static char *scan_line(scan_state *s, const line_view *v, int *line)
{
	size_t pipes, cells;
	char *msg = NULL;

	if (v->len == 0) {
		end_run(s);
		return NULL;
	}
	pipes = unescaped_pipes(v);
	cells = cells_of(v, pipes);
	if (s->columns)
		msg = add_row(s, v, cells, line);
	else if (is_delimiter_row(v))
		msg = try_header(s, v, cells, line);
	if (cells > s->widest) {
		s->widest = cells;
		s->widest_line = v->number;
	}
	s->pipes += pipes;
	s->prev_cells = cells;
	s->prev_line = v->number;
	return msg;
}

/* A setext underline (`---`) or a thematic break (`- - -`) under a
 * paragraph: cmark-gfm tries both before any extension, so the line ends
 * the paragraph and opens no table, though it looks like a delimiter row.
 * Only space and tab may follow, as its scanner has it: `-\v` is a
 * delimiter row (cmark's test/pathological_tests.py uses that). */
static int ends_paragraph(const char *p, size_t len)
{
	size_t i = 0, dashes = 0;
	int gaps = 0;

	while (i < len && i < 3 && p[i] == ' ')
		i++;
	for (; i < len; i++) {
		if (p[i] == '-')
			dashes++;
		else if (p[i] == ' ' || p[i] == '\t')
			gaps += i + 1 < len && p[i + 1] == '-';
		else
			return 0;
	}
	return dashes > 0 && (gaps == 0 || dashes >= 3);
}

/* Where the line from `start` ends. CommonMark ends a line at "\n", "\r"
 * or "\r\n": counting only "\n" would take a table whose lines end in
 * a bare "\r" for one line, and let it past every limit. */
static size_t line_end(const char *body, size_t start, size_t len)
{
	size_t i = start;

	while (i < len && body[i] != '\n' && body[i] != '\r')
		i++;
	return i;
}

char *cl_markdown_over_budget(const char *body, size_t len, int first_line, int *line)
{
	scan_state s;
	size_t start = 0;
	int number = first_line;

	memset(&s, 0, sizeof(s));
	while (start < len) {
		size_t end = line_end(body, start, len);
		line_view v = strip_containers(body + start, end - start, number);
		char *msg = NULL;

		if (s.prev_line && !s.columns && ends_paragraph(body + start, end - start))
			end_run(&s);
		else
			msg = scan_line(&s, &v, line);
		if (msg)
			return msg;
		/* "\r\n" is one line ending. */
		start = end + 1 + (end + 1 < len && body[end] == '\r' && body[end + 1] == '\n');
		number++;
	}
	return NULL;
}
