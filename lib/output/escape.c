/*
 * escape.c: what every report does to text that comes from a repository
 * (file names, messages quoting documents) before it is written: JSON
 * strings, XML, URI paths, workflow commands, one-line paths for a
 * terminal. A name or a message may hold any byte; none may end a line,
 * a string, an element or a property, or drive a terminal.
 */
#include "output/output.h"

#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* A C1 control (U+0080..U+009F, UTF-8 C2 80..C2 9F): some terminals
 * obey U+009B like ESC [, so a file name must not carry one through. */
static int is_c1_control(const unsigned char *p)
{
	return p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f;
}

static void put_escaped_byte(cl_buf *out, unsigned char c)
{
	switch (c) {
	case '"':
		cl_buf_puts(out, "\\\"");
		break;
	case '\\':
		cl_buf_puts(out, "\\\\");
		break;
	case '\n':
		cl_buf_puts(out, "\\n");
		break;
	case '\r':
		cl_buf_puts(out, "\\r");
		break;
	case '\t':
		cl_buf_puts(out, "\\t");
		break;
	case '\b':
		cl_buf_puts(out, "\\b");
		break;
	case '\f':
		cl_buf_puts(out, "\\f");
		break;
	default:
		/* JSON only requires C0 escaped; DEL too keeps the report
		 * printable when someone cats it to a terminal. */
		if (c < 0x20 || c == 0x7f)
			cl_buf_printf(out, "\\u%04x", (unsigned)c);
		else
			cl_buf_putc(out, (char)c);
		break;
	}
}

void cl_escape_json(cl_buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s);

	/* Each ill-formed sequence becomes one U+FFFD (see cl_utf8_step). */
	cl_buf_putc(out, '"');
	while (*p) {
		int n = cl_utf8_step((const char *)p, left);

		left -= (size_t)(n > 0 ? n : -n);

		if (n == 1) {
			put_escaped_byte(out, *p);
			p++;
		} else if (n == 2 && is_c1_control(p)) {
			/* Valid, and a JSON string may hold it raw, but a terminal
			 * that shows the report may obey it (U+009B is CSI). */
			cl_buf_printf(out, "\\u%04x", (unsigned)p[1]);
			p += 2;
		} else if (n > 1) {
			cl_buf_put(out, (const char *)p, (size_t)n);
			p += n;
		} else {
			cl_buf_puts(out, "\xEF\xBF\xBD"); /* U+FFFD */
			p += -n;
		}
	}
	cl_buf_putc(out, '"');
}

/* The runner's own escaping (toolkit/core command.ts escapeData and
 * escapeProperty); `property` adds ':' and ','. */
static void escape_github(cl_buf *out, const char *s, int property)
{
	for (; *s; s++) {
		const unsigned char *p = (const unsigned char *)s;

		/* The runner decodes only its own five escapes; any other
		 * control (ESC, C1) is shown as text, never passed on raw to
		 * whoever reads the log. */
		if ((*p < 0x20 && *p != '\r' && *p != '\n') || *p == 0x7f) {
			cl_buf_printf(out, "\\x%02x", (unsigned)*p);
			continue;
		}
		if (is_c1_control(p)) {
			cl_buf_printf(out, "\\u%04x", (unsigned)p[1]);
			s++;
			continue;
		}
		switch (*s) {
		case '%':
			cl_buf_puts(out, "%25");
			break;
		case '\r':
			cl_buf_puts(out, "%0D");
			break;
		case '\n':
			cl_buf_puts(out, "%0A");
			break;
		case ':':
			cl_buf_puts(out, property ? "%3A" : ":");
			break;
		case ',':
			cl_buf_puts(out, property ? "%2C" : ",");
			break;
		default:
			cl_buf_putc(out, *s);
			break;
		}
	}
}

void cl_escape_github_data(cl_buf *out, const char *s)
{
	escape_github(out, s, 0);
}

void cl_escape_github_property(cl_buf *out, const char *s)
{
	escape_github(out, s, 1);
}

static void put_xml_byte(cl_buf *out, unsigned char c, int attribute)
{
	switch (c) {
	case '&':
		cl_buf_puts(out, "&amp;");
		break;
	case '<':
		cl_buf_puts(out, "&lt;");
		break;
	case '>':
		cl_buf_puts(out, "&gt;");
		break;
	case '"':
		cl_buf_puts(out, "&quot;");
		break;
	case '\'':
		cl_buf_puts(out, "&apos;");
		break;
	case '\r':
		/* Parsers turn a literal CR into LF, in text too. */
		cl_buf_puts(out, "&#13;");
		break;
	case '\t':
	case '\n':
		/* Attribute normalisation turns them into spaces. */
		if (attribute)
			cl_buf_printf(out, "&#%u;", (unsigned)c);
		else
			cl_buf_putc(out, (char)c);
		break;
	default:
		/* The other C0 controls are not XML 1.0 characters at all,
		 * not even as &#1;. */
		if (c < 0x20)
			cl_buf_puts(out, REPLACEMENT);
		else
			cl_buf_putc(out, (char)c);
		break;
	}
}

void cl_escape_xml(cl_buf *out, const char *s, int attribute)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s);

	while (*p) {
		int n = cl_utf8_step((const char *)p, left);

		left -= (size_t)(n > 0 ? n : -n);
		if (n == 1) {
			put_xml_byte(out, *p, attribute);
			p++;
		} else if (n == 3 && p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)) {
			/* U+FFFE and U+FFFF: valid UTF-8, not XML characters. */
			cl_buf_puts(out, REPLACEMENT);
			p += 3;
		} else if (n == 2 && is_c1_control(p)) {
			/* XML 1.0 allows the C1 controls only grudgingly, and a
			 * terminal may obey them. */
			cl_buf_puts(out, REPLACEMENT);
			p += 2;
		} else if (n > 1) {
			cl_buf_put(out, (const char *)p, (size_t)n);
			p += n;
		} else {
			cl_buf_puts(out, REPLACEMENT);
			p += -n;
		}
	}
}

static int is_unreserved(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
	       c == '.' || c == '_' || c == '~';
}

/*
 * Percent-encodes more than RFC 3986 requires (':' '@' and the sub-delims
 * too): a ':' in the first segment would read as a scheme, and every
 * consumer decodes an encoded byte the same way. Bytes of UTF-8 (and of
 * invalid UTF-8) are encoded one by one, so the name survives exactly.
 */
void cl_escape_uri_path(cl_buf *out, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (is_unreserved(*p) || *p == '/') {
			cl_buf_putc(out, (char)*p);
			continue;
		}
		cl_buf_putc(out, '%');
		cl_buf_putc(out, hex[*p >> 4]);
		cl_buf_putc(out, hex[*p & 15]);
	}
}

/* Whether git's core.quotePath would quote this byte; bytes >= 0x80 are
 * left alone (quotePath=false) so UTF-8 names stay readable. */
static int path_byte_needs_quote(unsigned char c)
{
	return c < 0x20 || c == 0x7f || c == '"' || c == '\\';
}

static int path_needs_quote(const char *path)
{
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		if (path_byte_needs_quote(*p) || is_c1_control(p))
			return 1;
	return 0;
}

/* git's short escapes (quote.c, sq_lookup); 0 when there is none. */
static char short_escape(unsigned char c)
{
	switch (c) {
	case '\a':
		return 'a';
	case '\b':
		return 'b';
	case '\t':
		return 't';
	case '\n':
		return 'n';
	case '\v':
		return 'v';
	case '\f':
		return 'f';
	case '\r':
		return 'r';
	case '"':
		return '"';
	case '\\':
		return '\\';
	default:
		return 0;
	}
}

void cl_quote_path(cl_buf *out, const char *path)
{
	if (!path_needs_quote(path)) {
		cl_buf_puts(out, path);
		return;
	}
	cl_buf_putc(out, '"');
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		char e;

		if (is_c1_control(p)) {
			cl_buf_printf(out, "\\%03o\\%03o", (unsigned)p[0], (unsigned)p[1]);
			p++;
			continue;
		}
		if (!path_byte_needs_quote(*p)) {
			cl_buf_putc(out, (char)*p);
			continue;
		}
		e = short_escape(*p);
		if (e) {
			cl_buf_putc(out, '\\');
			cl_buf_putc(out, e);
		} else {
			cl_buf_printf(out, "\\%03o", (unsigned)*p);
		}
	}
	cl_buf_putc(out, '"');
}

char *cl_table_cell(const char *text)
{
	cl_buf q = CL_BUF_INIT;
	char *s;

	cl_quote_path(&q, text);
	s = cl_buf_detach(&q);
	for (unsigned char *p = (unsigned char *)s; *p; p++)
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p[0] = ' ';
			p[1] = ' ';
		}
	return s;
}

void cl_escape_line(cl_buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s);

	while (*p) {
		int n = cl_utf8_step((const char *)p, left);

		left -= (size_t)(n > 0 ? n : -n);
		if (n == 1 && *p == '\n') {
			cl_buf_puts(out, "\\n");
		} else if (n == 1 && *p == '\t') {
			cl_buf_puts(out, "\\t");
		} else if (n == 1 && (*p < 0x20 || *p == 0x7f)) {
			cl_buf_printf(out, "\\x%02x", (unsigned)*p);
		} else if (n == 2 && is_c1_control(p)) {
			cl_buf_printf(out, "\\u%04x", (unsigned)p[1]);
		} else if (n > 0) {
			cl_buf_put(out, (const char *)p, (size_t)n);
		} else {
			for (int i = 0; i < -n; i++)
				cl_buf_printf(out, "\\x%02x", (unsigned)p[i]);
		}
		p += n > 0 ? n : -n;
	}
}
