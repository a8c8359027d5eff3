/*
 * broken_link.c: broken-link.
 *
 * Policies point to the procedures and standards that carry them out. A
 * link to a file that isn't in the repository is a reference an auditor
 * follows and finds nothing behind (clause 7.5.3: documented information
 * must be available where and when needed).
 */
#include "config/glob.h"
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const cl_rule broken_link = {
        "broken-link",
        CL_SEV_WARNING,
        NULL,
        "a relative link or `[[wikilink]]` to a file or document that does not exist",
        "What it checks: every relative Markdown link or image in a governed document\n"
        "points to a file or folder in the repository (tracked, or untracked and not\n"
        "ignored), and every [[wikilink]] names a file (by path or by name, as Obsidian\n"
        "resolves them) or a document id. Links to web addresses and #anchors are not\n"
        "checked, nor links inside an Obsidian comment (`%% ... %%`), which the note\n"
        "doesn't show. A link from a site's root (`/policies/x.pdf`) also resolves in\n"
        "the folders `links.roots` names (`static`), or when it matches a glob of\n"
        "`links.routes` (pages the site generates).\n\n"
        "Why: clause 7.5.3 asks that documented information be available where and when\n"
        "it is needed. A policy that refers to a procedure nobody can open fails that,\n"
        "and an auditor following the reference will note it.\n\n"
        "Passing example: policies/isp.md linking to procedures/incident-response.md:\n\n"
        "    Report incidents as the [procedure](../procedures/incident-response.md)\n"
        "    says (see also [[incident-response]]). Web links such as\n"
        "    [ISO/IEC 27001](https://www.iso.org/standard/27001) are not checked.\n\n"
        "How to fix: correct the link, add the missing document, or, for a file that git\n"
        "ignores, commit it.\n",
        0,
};

typedef struct {
	cl_strvec names; /* lower-cased file names, and .md names without it */
} name_index;

static char *lowercase_copy(const char *s)
{
	char *out = cl_strdup(s);

	cl_lowercase(out);
	return out;
}

static void build_index(name_index *index, const cl_strvec *files)
{
	for (size_t i = 0; i < files->count; i++) {
		const char *slash = strrchr(files->items[i], '/');
		char *name = lowercase_copy(slash ? slash + 1 : files->items[i]);
		size_t n = strlen(name);

		if (n > 3 && strcmp(name + n - 3, ".md") == 0)
			cl_strvec_push_owned(&index->names, cl_strndup(name, n - 3));
		cl_strvec_push_owned(&index->names, name);
	}
	cl_strvec_sort(&index->names);
}

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* `%20` and friends, as a browser would read them. */
static char *percent_decode(const char *s)
{
	cl_buf out = CL_BUF_INIT;

	for (; *s; s++) {
		if (*s == '%' && hex(s[1]) >= 0 && hex(s[2]) >= 0) {
			cl_buf_putc(&out, (char)(hex(s[1]) * 16 + hex(s[2])));
			s += 2;
		} else {
			cl_buf_putc(&out, *s);
		}
	}
	return cl_buf_detach(&out);
}

/* Joins `target` to the directory of `from` (or to the root for a
 * leading '/'), resolving `.` and `..`; NULL when it climbs out. */
static char *resolve(const char *from, const char *target)
{
	cl_strvec parts = CL_STRVEC_INIT;
	cl_buf joined = CL_BUF_INIT;
	const char *slash = strrchr(from, '/');
	char *result = NULL;
	char *copy, *save = NULL;

	if (*target != '/' && slash)
		cl_buf_put(&joined, from, (size_t)(slash - from + 1));
	cl_buf_puts(&joined, target);
	copy = cl_buf_detach(&joined);
	for (char *part = strtok_r(copy, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
		if (strcmp(part, ".") == 0)
			continue;
		if (strcmp(part, "..") == 0) {
			if (!parts.count)
				goto done;
			free(parts.items[--parts.count]);
			continue;
		}
		cl_strvec_push(&parts, part);
	}
	for (size_t i = 0; i < parts.count; i++)
		cl_buf_printf(&joined, "%s%s", i ? "/" : "", parts.items[i]);
	result = cl_buf_detach(&joined);
done:
	free(copy);
	cl_strvec_free(&parts);
	return result;
}

/* A file, or a folder some file is in. */
static int exists(const cl_strvec *files, const char *path)
{
	size_t lo = 0, hi = files->count, n = strlen(path);

	if (!n)
		return 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(files->items[mid], path) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < files->count && strcmp(files->items[lo], path) == 0)
		return 1;
	/* The first path after `path` is the first one inside `path/`
	 * when it has any ('/' sorts before the printable characters). */
	for (; lo < files->count && strncmp(files->items[lo], path, n) == 0; lo++)
		if (files->items[lo][n] == '/')
			return 1;
	return 0;
}

/* Whether `path` is `root` or inside it. */
static int is_within(const char *path, const char *root)
{
	size_t n = strlen(root);

	return strncmp(path, root, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/* A link from the site's root (`/policies/x.pdf`) that a configured
 * root serves (`static/policies/x.pdf`), or a generated route the
 * configuration names (a glob such as "/blog/" and all below). */
static int site_resolves(const cl_lint *lint, const char *decoded)
{
	const cl_config *config = lint->config;
	int found = 0;

	if (decoded[0] != '/')
		return 0;
	for (size_t i = 0; i < config->link_routes.count && !found; i++)
		found = cl_glob_match(config->link_routes.items[i], decoded + 1);
	for (size_t i = 0; i < config->link_roots.count && !found; i++) {
		char *joined = cl_path_join_lexically(config->link_roots.items[i], decoded + 1);

		found = joined && is_within(joined, config->link_roots.items[i]) &&
		        exists(lint->files, joined);
		free(joined);
	}
	return found;
}

static void check_markdown_link(cl_lint *lint, const cl_document *doc, const cl_link *link)
{
	char *decoded = percent_decode(link->target);
	char *path = resolve(doc->path, decoded);

	if (path && !exists(lint->files, path) && site_resolves(lint, decoded)) {
		free(path);
		free(decoded);
		return;
	}
	if (!path)
		cl_fire(lint, &broken_link, doc, link->line, link->column,
		        "link to '%s' points outside the repository: link to a document in it, or to a web address",
		        link->target);
	else if (!exists(lint->files, path) && decoded[0] == '/')
		cl_fire(lint, &broken_link, doc, link->line, link->column,
		        "link to '%s': %s is not in the repository; correct the link or add the file (a site that serves it from a folder, or makes the page, says so in links.roots or links.routes of .clauselint.yml)",
		        link->target, path);
	else if (!exists(lint->files, path))
		cl_fire(lint, &broken_link, doc, link->line, link->column,
		        "link to '%s': %s is not in the repository; correct the link or add the file",
		        link->target, path);
	free(decoded);
	free(path);
}

static int ends_with_component(const char *path, const char *tail)
{
	size_t n = strlen(path), t = strlen(tail);

	return n > t && path[n - t - 1] == '/' && strcasecmp(path + n - t, tail) == 0;
}

/* Obsidian resolves [[x]] by name anywhere in the vault, [[dir/x]] by a
 * path or the end of one; clauselint also accepts a document id. */
static int wikilink_resolves(const cl_lint *lint, const name_index *index, const char *target)
{
	char *lower = lowercase_copy(target);
	char *with_md = cl_printf("%s.md", target);
	int found = 0;

	if (!strchr(target, '/')) {
		found = cl_strvec_contains_sorted(&index->names, lower);
	} else {
		found = exists(lint->files, target) || exists(lint->files, with_md);
		for (size_t i = 0; !found && i < lint->files->count; i++)
			found = ends_with_component(lint->files->items[i], target) ||
			        ends_with_component(lint->files->items[i], with_md);
	}
	if (!found)
		found = cl_lint_find_id(lint, target) != NULL;
	free(lower);
	free(with_md);
	return found;
}

static void check_broken_link(cl_lint *lint)
{
	name_index index = {CL_STRVEC_INIT};

	build_index(&index, lint->files);
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (!cl_document_in_scope(doc))
			continue;
		for (size_t l = 0; l < doc->link_count; l++) {
			const cl_link *link = &doc->links[l];

			if (link->kind == CL_LINK_MARKDOWN)
				check_markdown_link(lint, doc, link);
			else if (!wikilink_resolves(lint, &index, link->target))
				cl_fire(lint, &broken_link, doc, link->line, link->column,
				        "[[%s]] names no file and no document id in the repository; correct the name or add the document",
				        link->target);
		}
	}
	cl_strvec_free(&index.names);
}

const cl_rule_group cl_group_broken_link = CL_RULE_GROUP(check_broken_link, &broken_link);
