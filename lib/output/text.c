/*
 * text.c: the report for a person at a terminal.
 *
 * `path:line:col: severity: message [rule]`, the form compilers use, so
 * editors and terminals turn each line into a jump to the finding. One
 * finding is always one line: a file name or a message taken from a
 * document may hold newlines or escape sequences, and neither may forge a
 * line of its own or drive the terminal.
 */
#include "output/output.h"

#include <string.h>

#define ANSI_RESET "\033[0m"
#define ANSI_BOLD "\033[1m"

static const cl_report_options default_options = {0, 0, NULL, NULL, NULL, NULL};

/*
 * Appends a message with every control character turned into a space:
 * C0 and DEL, and the C1 controls U+0080..U+009F as UTF-8 (C2 80..C2 9F),
 * which some terminals obey like ESC [.
 */
static void put_message(cl_buf *out, const char *message)
{
	const unsigned char *p = (const unsigned char *)message;

	while (*p) {
		if (*p < 0x20 || *p == 0x7f) {
			cl_buf_putc(out, ' ');
			p++;
		} else if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			cl_buf_putc(out, ' ');
			p += 2;
		} else {
			cl_buf_putc(out, (char)*p);
			p++;
		}
	}
}

static const char *severity_color(cl_severity sev)
{
	switch (sev) {
	case CL_SEV_ERROR:
		return "\033[1;31m";
	case CL_SEV_WARNING:
		return "\033[33m";
	default:
		return "\033[36m";
	}
}

/* `path:line:col`, or `(repository)` for a finding attached to no file. */
static void put_location(cl_buf *out, const cl_finding *f, int color)
{
	if (color)
		cl_buf_puts(out, ANSI_BOLD);
	if (f->path) {
		cl_quote_path(out, f->path);
		cl_buf_printf(out, ":%d:%d", f->line, f->column);
	} else {
		cl_buf_puts(out, "(repository)");
	}
	if (color)
		cl_buf_puts(out, ANSI_RESET);
}

static void put_finding(cl_buf *out, const cl_finding *f, int color)
{
	put_location(out, f, color);
	cl_buf_puts(out, ": ");
	if (color)
		cl_buf_puts(out, severity_color(f->severity));
	cl_buf_puts(out, cl_severity_name(f->severity));
	if (color)
		cl_buf_puts(out, ANSI_RESET);
	cl_buf_puts(out, ": ");
	put_message(out, f->message);
	cl_buf_printf(out, " [%s]\n", f->rule->name);
}

void cl_report_text(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                    const cl_report_options *opts)
{
	if (!opts)
		opts = &default_options;
	for (size_t i = 0; i < findings->count; i++) {
		const cl_finding *f = &findings->items[i];

		if (opts->quiet && f->severity != CL_SEV_ERROR)
			continue;
		put_finding(out, f, opts->color);
	}
	/* The summary counts everything, even under --quiet: it is how a
	 * quiet run still tells that warnings exist, and it says so. */
	cl_summary_format(out, summary);
	if (opts->quiet && summary->warnings + summary->notes > 0) {
		/* One parenthesis: "(4 more in the baseline; warnings ...)". */
		int aside = out->len >= 2 && out->ptr[out->len - 2] == ')';

		out->len -= aside ? 2 : 1;
		out->ptr[out->len] = '\0';
		cl_buf_puts(out, aside ? "; " : " (");
		cl_buf_puts(out, "warnings and notes not shown: --quiet)\n");
	}
}
