/*
 * util.h: what every stage of the library builds on: allocation, maps,
 * text folding, dates and intervals, UTF-8. The parts the command line
 * uses too (errors, buffers, string lists, dates) are in clauselint.h.
 */
#ifndef CL_UTIL_H
#define CL_UTIL_H

#include "clauselint.h"

/* A git object id in hex, with its NUL. */
#define CL_OID_HEX 41

/* Grows `*items` (of `*cap` elements of `size` bytes) to hold `need`. */
void cl_grow(void **items, size_t *cap, size_t need, size_t size);

void cl_strvec_sort(cl_strvec *vec);
/* Binary search in a sorted vector. */
int cl_strvec_contains_sorted(const cl_strvec *vec, const char *s);

/* A hash table from byte-string keys (copied) to borrowed values. */
typedef struct {
	struct cl_map_slot *slots;
	size_t cap;
	size_t count;
} cl_map;

/* clang-format 14 and 19 lay this out differently (docs/platforms.md). */
/* clang-format off */
#define CL_MAP_INIT {NULL, 0, 0}
/* clang-format on */

/* Sets `key` to `value`, replacing any earlier value. */
void cl_map_put(cl_map *map, const void *key, size_t len, void *value);
/* The value of `key`, or NULL. */
void *cl_map_get(const cl_map *map, const void *key, size_t len);
void cl_map_free(cl_map *map);
/* Iterates over the entries in no particular order: start with *cursor
 * at 0; returns 0 when there are no more. Keys are NUL-terminated. */
int cl_map_next(const cl_map *map, size_t *cursor, const char **key, void **value);
/* Convenience for NUL-terminated keys. */
void cl_map_puts(cl_map *map, const char *key, void *value);
void *cl_map_gets(const cl_map *map, const char *key);

/* Lower-cases ASCII letters in place. */
void cl_lowercase(char *s);
/* Text folded for comparison: ASCII lower case, runs of white space as
 * one space, none leading or trailing. The caller frees it. */
char *cl_fold(const char *text);
/* `dir` (a repository-relative folder, "" for the root) joined with
 * `path`, with "." and ".." resolved by name; NULL when it climbs out.
 * The caller frees it. */
char *cl_path_join_lexically(const char *dir, const char *path);
/* Case-insensitive ASCII comparison. */
int cl_strcaseeq(const char *a, const char *b);

/* Days since 1970-01-01 (negative before). */
long cl_date_days(cl_date d);
cl_date cl_date_from_days(long days);

/* A review interval: `12 months`, `1 year`, `90 days`, `6 weeks`. */
typedef enum { CL_UNIT_DAYS, CL_UNIT_WEEKS, CL_UNIT_MONTHS, CL_UNIT_YEARS } cl_unit;

typedef struct {
	int count;
	cl_unit unit;
} cl_interval;

/* Parses `N unit` (unit singular or plural, N from 1 to 100000).
 * 0 or -1. */
int cl_interval_parse(cl_interval *out, const char *s);
/* The date `interval` after `d`; months clamp to the month's last day. */
cl_date cl_date_add(cl_date d, cl_interval interval);

/* The length of the well-formed UTF-8 sequence at s (of `len` bytes
 * left, len >= 1), or when it is ill-formed the negated length of its
 * maximal subpart (Unicode's "substitution of maximal subparts": each
 * broken sequence is one replacement character). RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF. */
int cl_utf8_step(const char *s, size_t len);
/* Whether `s` (of `len` bytes) is valid UTF-8; when it isn't and
 * `bad_offset` is not NULL, the offset of the first bad byte. */
int cl_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* The one of `candidates` (NULL-terminated) closest to `word` by edit
 * distance, without regard to case, when it is within 2 edits (1 for a
 * word of 4 bytes or fewer) and no other is as close: for "did you
 * mean". NULL otherwise. */
const char *cl_closest(const char *word, const char *const *candidates);

/* The first template placeholder in `s`, its length in *len: a
 * `{{name}}` (as templates and init's own write them), or a bracketed
 * word templates leave to fill in (`[TBD]`, `[Date]`, `[Company Name]`,
 * `[Insert ...]`) that is no link (`[Date](x.md)`). NULL when none. */
const char *cl_find_placeholder(const char *s, size_t *len);
/* Whether the `n` bytes of `word`, found in brackets, are a blank to
 * fill in: a word templates use (TBD, Date, Company Name, Insert ...), a
 * name in capitals (VERSION, POLICY_OWNER_ROLE) or an example (e.g.). */
int cl_is_placeholder_word(const char *word, size_t n);
/* Whether a metadata value is a blank: it holds a placeholder, or is
 * wholly in brackets ("[Information Security Manager]", as a template's
 * document-control table leaves it). */
int cl_is_placeholder_value(const char *s);

/* `s` with every run of more than `max` bytes without a space cut to at
 * most `max` bytes, on a character boundary, followed by "…": a message
 * that quotes a 300 KB link target stays one readable line. */
char *cl_elide_long_words(const char *s, size_t max);

#endif
