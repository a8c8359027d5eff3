/*
 * glob.c: gitignore-style globs over repository-relative paths.
 *
 * A pattern becomes a list of segments, one per '/'-separated component,
 * matched against the path's components on two levels:
 *
 *  - Inside a component, `*`, `?`, `[...]` and `\x` are matched with the
 *    classic two-pointer star backtracking: on a mismatch only the latest
 *    `*` is retried, one character further on. That costs at most
 *    pattern length x component length however many stars there are,
 *    where naive recursion is exponential (`a*a*a*a*b` against a long run
 *    of a's never finishes).
 *
 *  - Across components, a `**` segment is to the component list what `*`
 *    is to characters, and every other segment consumes exactly one
 *    component, so the same technique applies: only the latest `**` is
 *    ever retried.
 *
 * The gitignore rules that depend on where the slashes are become
 * segments too: a pattern without '/' gets a leading `**` (it matches at
 * any depth), a `**` that ends the pattern must consume at least one
 * component (abc, slash, `**` is what is inside abc, not abc itself),
 * and a trailing '/' appends "one more component, then anything": the
 * pattern names a directory, and what lies under it matches.
 *
 * Matching is byte-wise and case-sensitive, as git is on Linux.
 */
#include "config/glob.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
	SEG_GLOB, /* one component, matched against [start, end) */
	SEG_DIRS, /* `**`: zero or more components */
	SEG_ONE   /* exactly one component, whatever it is */
} seg_kind;

typedef struct {
	seg_kind kind;
	const char *start, *end;
} seg;

/* Most patterns have a handful of segments: those fit on the stack, and
 * only a pattern with many slashes costs an allocation. */
#define LOCAL_SEGS 32

typedef struct {
	seg *items;
	size_t count;
	seg local[LOCAL_SEGS];
} seg_list;

/* What bracket_parse found wrong, for cl_glob_check's message. */
enum { BRACKET_OK = 0, BRACKET_UNCLOSED = -1, BRACKET_BAD_CLASS = -2 };

static int class_has(const char *name, size_t len, unsigned char c)
{
	static const struct {
		const char *name;
		int (*test)(int);
	} classes[] = {
	        {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
	        {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
	        {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
	};
	size_t i;

	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strlen(classes[i].name) == len && memcmp(classes[i].name, name, len) == 0)
			return classes[i].test(c) != 0;
	return -1;
}

/* One character of a set, with `\` escaping the next one (so `[\]]`
 * holds ']'). 0 when the escape runs off the end. */
static int bracket_char(unsigned char *out, const char **p, const char *end)
{
	if (**p == '\\') {
		if (*p + 1 >= end)
			return 0;
		(*p)++;
	}
	*out = (unsigned char)**p;
	(*p)++;
	return 1;
}

/* The ":]" at or after `p`, or `end - 1` when there is none. */
static const char *find_class_close(const char *p, const char *end)
{
	while (p + 1 < end && !(p[0] == ':' && p[1] == ']'))
		p++;
	return p + 1 < end ? p : end - 1;
}

/*
 * Parses the bracket expression at `p` (on its '[') that must close
 * before `end`. On BRACKET_OK, *next is just past the ']' and *matched
 * says whether `c` is in the set. A ']' right after the '[' (or after
 * '!' or '^') is a member, not the end, as in git and fnmatch.
 */
static int bracket_parse(const char *p, const char *end, unsigned char c, int *matched, const char **next)
{
	const char *first, *close = NULL;
	int negate = 0, found = 0;

	p++;
	if (p < end && (*p == '!' || *p == '^')) {
		negate = 1;
		p++;
	}
	first = p;
	for (;;) {
		unsigned char lo, hi;

		if (p >= end)
			return BRACKET_UNCLOSED;
		if (*p == ']' && p != first)
			break;
		if (*p == '[' && p + 1 < end && p[1] == ':') {
			/* `[:name:]`; without its closing ":]" the '[' is
			 * just a member. The search resumes where the last
			 * one ended, so a set full of "[:" costs its length
			 * once, not its square. */
			const char *name = p + 2;
			int has;

			if (!close || close < name)
				close = find_class_close(name, end);
			if (close + 1 < end) {
				has = class_has(name, (size_t)(close - name), c);
				if (has < 0)
					return BRACKET_BAD_CLASS;
				found |= has;
				p = close + 2;
				continue;
			}
		}
		if (!bracket_char(&lo, &p, end))
			return BRACKET_UNCLOSED;
		hi = lo;
		if (p + 1 < end && *p == '-' && p[1] != ']') {
			p++;
			if (!bracket_char(&hi, &p, end))
				return BRACKET_UNCLOSED;
		}
		if (lo <= c && c <= hi)
			found = 1;
	}
	*matched = found != negate;
	*next = p + 1;
	return BRACKET_OK;
}

/*
 * Whether the single-character token at `p` (not a '*') matches `c`;
 * *next is set past the token. A '[' that doesn't form a set stands for
 * itself, as in fnmatch (cl_glob_check rejects it anyway); a '\' with
 * nothing after it matches nothing, as in git.
 */
static int token_match(const char *p, const char *end, unsigned char c, const char **next)
{
	int matched;

	switch (*p) {
	case '?':
		*next = p + 1;
		return 1;
	case '\\':
		if (p + 1 >= end)
			return 0;
		*next = p + 2;
		return (unsigned char)p[1] == c;
	case '[':
		if (bracket_parse(p, end, c, &matched, next) == BRACKET_OK)
			return matched;
		break;
	default:
		break;
	}
	*next = p + 1;
	return (unsigned char)*p == c;
}

/* Whether the glob [p, pend) matches the component [t, tend) whole. */
static int component_match(const char *p, const char *pend, const char *t, const char *tend)
{
	const char *star_p = NULL, *star_t = NULL, *next;

	while (t < tend) {
		if (p < pend && *p == '*') {
			while (p < pend && *p == '*')
				p++;
			star_p = p;
			star_t = t;
			continue;
		}
		if (p < pend && token_match(p, pend, (unsigned char)*t, &next)) {
			p = next;
			t++;
			continue;
		}
		if (!star_p)
			return 0;
		/* Let the latest star swallow one more character; earlier
		 * stars never need to be revisited. */
		p = star_p;
		t = ++star_t;
	}
	while (p < pend && *p == '*')
		p++;
	return p == pend;
}

static int seg_match(const seg *s, const char *t, const char *tend)
{
	if (s->kind == SEG_ONE)
		return 1;
	return component_match(s->start, s->end, t, tend);
}

static const char *component_end(const char *t)
{
	const char *slash = strchr(t, '/');

	return slash ? slash : t + strlen(t);
}

/* Whether the segments match the path's components, `**` standing for
 * any run of components. */
static int segments_match(const seg *segs, size_t count, const char *path)
{
	const char *t = path, *star_t = NULL;
	size_t i = 0, star_i = 0;

	/* t is the start of the next component, NULL past the last one. */
	while (t) {
		const char *tend = component_end(t);
		const char *after = *tend ? tend + 1 : NULL;

		if (i < count && segs[i].kind == SEG_DIRS) {
			star_i = ++i;
			star_t = t;
			continue;
		}
		if (i < count && seg_match(&segs[i], t, tend)) {
			i++;
			t = after;
			continue;
		}
		if (!star_t)
			return 0;
		/* The latest `**` takes one more component. */
		i = star_i;
		tend = component_end(star_t);
		star_t = *tend ? tend + 1 : NULL;
		t = star_t;
	}
	while (i < count && segs[i].kind == SEG_DIRS)
		i++;
	return i == count;
}

static void seg_push(seg_list *list, seg_kind kind, const char *start, const char *end)
{
	list->items[list->count].kind = kind;
	list->items[list->count].start = start;
	list->items[list->count].end = end;
	list->count++;
}

static void seg_list_free(seg_list *list)
{
	if (list->items != list->local)
		free(list->items);
}

/*
 * Turns a pattern into segments (see the top of the file). -1 when
 * nothing is left to match once the anchoring and directory slashes are
 * taken off ("", "/").
 */
static int compile(seg_list *list, const char *pattern)
{
	const char *p = pattern, *end = pattern + strlen(pattern), *s;
	int anchored = 0, dir_only = 0, has_slash;
	size_t slashes = 0, need;

	if (*p == '/') {
		anchored = 1;
		p++;
	}
	if (end > p && end[-1] == '/') {
		dir_only = 1;
		end--;
	}
	if (p == end)
		return -1;
	for (s = p; s < end; s++)
		slashes += *s == '/';
	has_slash = slashes > 0;

	/* Body segments, plus a leading `**`, a trailing `**` split in two
	 * and the two a trailing '/' adds. */
	need = slashes + 1 + 4;
	list->count = 0;
	list->items = need <= LOCAL_SEGS ? list->local : cl_malloc(need * sizeof(seg));

	if (!anchored && !has_slash)
		seg_push(list, SEG_DIRS, NULL, NULL);
	for (s = p;;) {
		const char *e = memchr(s, '/', (size_t)(end - s));

		if (!e)
			e = end;
		if (e - s == 2 && s[0] == '*' && s[1] == '*')
			seg_push(list, SEG_DIRS, NULL, NULL);
		else
			seg_push(list, SEG_GLOB, s, e);
		if (e == end)
			break;
		s = e + 1;
	}
	if (list->items[list->count - 1].kind == SEG_DIRS) {
		/* A final `**` is everything inside the directory before
		 * it: at least one more component. */
		list->items[list->count - 1].kind = SEG_ONE;
		seg_push(list, SEG_DIRS, NULL, NULL);
	}
	if (dir_only) {
		/* `drafts/`: a directory, so only paths under it. */
		seg_push(list, SEG_ONE, NULL, NULL);
		seg_push(list, SEG_DIRS, NULL, NULL);
	}
	return 0;
}

int cl_glob_match(const char *pattern, const char *path)
{
	seg_list list;
	int matched;

	if (!pattern || !path)
		return 0;
	if (compile(&list, pattern) < 0)
		return 0;
	matched = segments_match(list.items, list.count, path);
	seg_list_free(&list);
	return matched;
}

int cl_glob_match_any(const cl_strvec *patterns, const char *path)
{
	size_t i;

	if (!patterns)
		return 0;
	for (i = 0; i < patterns->count; i++)
		if (cl_glob_match(patterns->items[i], path))
			return 1;
	return 0;
}

int cl_glob_check(const char *pattern, cl_error *err)
{
	const char *p, *end, *next;
	int matched, r;

	if (!pattern || !*pattern) {
		cl_error_set(err, "empty glob pattern");
		return -1;
	}
	end = pattern + strlen(pattern);
	if ((size_t)(end - pattern) > CL_MAX_GLOB_BYTES) {
		cl_error_set(err,
		             "glob of %zu bytes is longer than the %d bytes clauselint accepts in a pattern",
		             (size_t)(end - pattern), CL_MAX_GLOB_BYTES);
		return -1;
	}
	for (p = pattern; *p == '/'; p++)
		;
	if (!*p) {
		cl_error_set(err, "glob '%s' has nothing but '/'", pattern);
		return -1;
	}
	for (p = pattern; p < end; p++) {
		if (*p == '\\') {
			if (p + 1 == end) {
				cl_error_set(err, "glob '%s' ends with a '\\' that escapes nothing", pattern);
				return -1;
			}
			if (p[1] == '/') {
				/* A '/' always separates components; an escaped
				 * one would silently never match. */
				cl_error_set(err, "glob '%s': '/' cannot be escaped", pattern);
				return -1;
			}
			p++;
		} else if (*p == '[') {
			/* A set lies within one component: it must close
			 * before the next '/'. */
			r = bracket_parse(p, component_end(p), 0, &matched, &next);
			if (r == BRACKET_BAD_CLASS) {
				cl_error_set(err, "glob '%s': unknown character class at column %zu", pattern,
				             (size_t)(p - pattern) + 1);
				return -1;
			}
			if (r != BRACKET_OK) {
				cl_error_set(err, "glob '%s': unclosed '[' at column %zu", pattern,
				             (size_t)(p - pattern) + 1);
				return -1;
			}
			p = next - 1;
		}
	}
	return 0;
}
