/*
 * sarif.c: SARIF 2.1.0, the report GitHub code scanning uploads
 * (github/codeql-action/upload-sarif) and SARIF viewers open.
 *
 * GitHub shows an alert from the rule's descriptions and help and from
 * the result's message and location, and recognises the same alert in a
 * later upload by partialFingerprints: so every rule is described (not
 * only those that fired), every result names a file, and the fingerprint
 * is the one of the json report, which survives line shifts. Paths are
 * relative URI references under %SRCROOT%, the repository root, since the
 * report is made on one machine and read on another.
 *
 * Like the json report it is always valid JSON in valid UTF-8, and
 * written one rule and one result per line, keys in a fixed order.
 */
#include "findings/ruleset.h"
#include "output/output.h"

#include <stdlib.h>
#include <string.h>

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define INFORMATION_URI "https://github.com/clauselint/clauselint"
/* The key of partialFingerprints: a new algorithm gets a new version. */
#define FINGERPRINT_KEY "clauselint/v1"

static const cl_report_options default_options = {0, 0, NULL, NULL, NULL, NULL};

static const char *level(cl_severity sev)
{
	switch (sev) {
	case CL_SEV_ERROR:
		return "error";
	case CL_SEV_WARNING:
		return "warning";
	default:
		return "note";
	}
}

/* The index of a rule in the described table, by name, or -1 (a rule
 * the table doesn't have, as in a test). */
static long rule_index(const cl_ruleset *rules, const cl_rule *rule)
{
	long index = 0;

	for (size_t g = 0; rules && g < rules->count; g++)
		for (size_t i = 0; i < rules->groups[g]->count; i++, index++)
			if (strcmp(rules->groups[g]->rules[i]->name, rule->name) == 0)
				return index;
	return -1;
}

/* A JSON string of the first `len` bytes of `text`, its line breaks
 * (the explain texts are wrapped at 80 columns) turned into spaces. */
static void put_unwrapped(cl_buf *out, const char *text, size_t len)
{
	char *copy = cl_strndup(text, len);

	for (char *p = copy; *p; p++)
		if (*p == '\n')
			*p = ' ';
	cl_escape_json(out, copy);
	free(copy);
}

/*
 * Tags: "compliance", the framework, and "FRAMEWORK CODE" for each clause
 * or control the rule enforces ("5.2 c, d" enforces 5.2; "5.1, 9.3" both):
 * what a code scanning filter would be asked for.
 */
static void put_tags(cl_buf *out, const cl_rule *rule, const char *framework)
{
	cl_buf_puts(out, "\"tags\": [\"compliance\", ");
	cl_escape_json(out, framework);
	for (const char *p = rule->clause; p && *p;) {
		size_t token = strcspn(p, ",");
		size_t code = strcspn(p, ", ");
		char *tag;

		if ((*p >= '0' && *p <= '9') || *p == 'A') {
			tag = cl_printf("%s %.*s", framework, (int)code, p);
			cl_buf_puts(out, ", ");
			cl_escape_json(out, tag);
			free(tag);
		}
		p += token;
		p += strspn(p, ", ");
	}
	cl_buf_putc(out, ']');
}

/* The rule's name in Pascal case, "approval-stale" as "ApprovalStale":
 * SARIF wants a `name` that reads as a word and differs from the `id`
 * (§3.49.7; the SARIF multitool warns when they are the same). */
static void put_pascal_name(cl_buf *out, const char *name)
{
	cl_buf pascal = CL_BUF_INIT;
	int upper = 1;

	for (const char *p = name; *p; p++) {
		if (*p == '-') {
			upper = 1;
			continue;
		}
		cl_buf_putc(&pascal, upper && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p);
		upper = 0;
	}
	cl_escape_json(out, pascal.ptr ? pascal.ptr : "");
	cl_buf_free(&pascal);
}

static void put_rule(cl_buf *out, const cl_rule *rule, const char *framework)
{
	const char *explain = rule->explain ? rule->explain : "";
	const char *paragraph_end = strstr(explain, "\n\n");
	size_t first = paragraph_end ? (size_t)(paragraph_end - explain) : strlen(explain);

	cl_buf_puts(out, "{\"id\": ");
	cl_escape_json(out, rule->name);
	cl_buf_puts(out, ", \"name\": ");
	put_pascal_name(out, rule->name);
	cl_buf_puts(out, ", \"shortDescription\": {\"text\": ");
	cl_escape_json(out, rule->summary);
	/* The first paragraph says what the rule checks; the help is all of
	 * `clauselint explain`: what, why the clause asks it, how to fix. */
	cl_buf_puts(out, "}, \"fullDescription\": {\"text\": ");
	if (first)
		put_unwrapped(out, explain, first);
	else
		cl_escape_json(out, rule->summary);
	cl_buf_puts(out, "}, \"help\": {\"text\": ");
	cl_escape_json(out, *explain ? explain : rule->summary);
	cl_buf_puts(out, "}, \"defaultConfiguration\": {\"level\": ");
	cl_escape_json(out, level(rule->default_severity));
	cl_buf_puts(out, "}, \"properties\": {");
	put_tags(out, rule, framework);
	if (rule->clause) {
		cl_buf_puts(out, ", \"clause\": ");
		cl_escape_json(out, rule->clause);
	}
	cl_buf_puts(out, "}}");
}

static void put_driver(cl_buf *out, const cl_ruleset *rules, const char *framework)
{
	cl_buf_puts(out, "      \"tool\": {\n"
	                 "        \"driver\": {\n"
	                 "          \"name\": \"clauselint\",\n"
	                 "          \"version\": \"" CL_VERSION "\",\n"
	                 "          \"semanticVersion\": \"" CL_VERSION "\",\n"
	                 "          \"informationUri\": \"" INFORMATION_URI "\",\n"
	                 "          \"rules\": [");
	for (size_t i = 0; i < cl_ruleset_count(rules); i++) {
		cl_buf_puts(out, i ? ",\n            " : "\n            ");
		put_rule(out, cl_ruleset_at(rules, i), framework);
	}
	cl_buf_puts(out, cl_ruleset_count(rules) ? "\n          ]\n" : "]\n");
	cl_buf_puts(out, "        }\n"
	                 "      },\n");
}

/* %SRCROOT% is the repository root; where it lies on the machine that
 * made the report only helps a viewer on that machine, so it is given
 * when known and the description says what it is either way. */
static void put_base_ids(cl_buf *out, const char *root)
{
	cl_buf_puts(out, "      \"originalUriBaseIds\": {\"%SRCROOT%\": {");
	if (root && root[0] == '/') {
		cl_buf_puts(out, "\"uri\": \"file://");
		cl_escape_uri_path(out, root);
		cl_buf_puts(out, "\", ");
	}
	cl_buf_puts(out, "\"description\": {\"text\": \"The root of the linted git repository.\"}}},\n");
}

static void put_result(cl_buf *out, const cl_ruleset *rules, const cl_finding *f)
{
	long index = rule_index(rules, f->rule);

	cl_buf_puts(out, "{\"ruleId\": ");
	cl_escape_json(out, f->rule->name);
	if (index >= 0)
		cl_buf_printf(out, ", \"ruleIndex\": %ld", index);
	cl_buf_printf(out, ", \"level\": \"%s\", \"message\": {\"text\": ", level(f->severity));
	cl_escape_json(out, f->message);
	cl_buf_puts(out, "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"");
	cl_escape_uri_path(out, cl_finding_file(f));
	cl_buf_puts(out, "\", \"uriBaseId\": \"%SRCROOT%\"}");
	cl_buf_printf(out, ", \"region\": {\"startLine\": %d, \"startColumn\": %d}}}]", f->line, f->column);
	cl_buf_puts(out, ", \"partialFingerprints\": {\"" FINGERPRINT_KEY "\": ");
	cl_escape_json(out, f->fingerprint);
	cl_buf_puts(out, "}}");
}

void cl_report_sarif(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts)
{
	const char *framework;
	size_t written = 0;

	/* The counts are the results themselves. */
	(void)summary;
	if (!opts)
		opts = &default_options;
	framework = opts->framework ? opts->framework : CL_DEFAULT_FRAMEWORK;
	cl_buf_puts(out, "{\n"
	                 "  \"$schema\": \"" SARIF_SCHEMA "\",\n"
	                 "  \"version\": \"2.1.0\",\n"
	                 "  \"runs\": [\n"
	                 "    {\n");
	put_driver(out, opts->rules, framework);
	put_base_ids(out, opts->root);
	cl_buf_puts(out, "      \"results\": [");
	for (size_t i = 0; i < findings->count; i++) {
		const cl_finding *f = &findings->items[i];

		if (opts->quiet && f->severity != CL_SEV_ERROR)
			continue;
		cl_buf_puts(out, written++ ? ",\n        " : "\n        ");
		put_result(out, opts->rules, f);
	}
	cl_buf_puts(out, written ? "\n      ]\n" : "]\n");
	cl_buf_puts(out, "    }\n"
	                 "  ]\n"
	                 "}\n");
}
