/*
 * util.c: allocation, buffers, string lists, dates and intervals.
 *
 * Dates are plain calendar days: approvals, reviews and training are
 * judged by the day, and --now fixes "today" so tests and audits can be
 * reproduced.
 */
#include "util/util.h"

#include <pthread.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <ctype.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

void cl_error_set(cl_error *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
}

void cl_oom(void)
{
	/* The one place the library ends the process: see clauselint.h. */
	fputs("clauselint: out of memory\n", stderr);
	exit(2);
}

void *cl_malloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		cl_oom();
	return p;
}

void *cl_calloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (!p)
		cl_oom();
	return p;
}

void *cl_realloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		cl_oom();
	return p;
}

char *cl_strdup(const char *s)
{
	return cl_strndup(s, strlen(s));
}

char *cl_strndup(const char *s, size_t n)
{
	char *p = cl_malloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *cl_printf(const char *fmt, ...)
{
	cl_buf buf = CL_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	cl_buf_vprintf(&buf, fmt, ap);
	va_end(ap);
	return cl_buf_detach(&buf);
}

void cl_grow(void **items, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 8;

	if (need <= *cap)
		return;
	while (n < need)
		n *= 2;
	if (n > (size_t)-1 / size)
		cl_oom();
	*items = cl_realloc(*items, n * size);
	*cap = n;
}

/* ---- cl_buf ---- */

static void buf_reserve(cl_buf *buf, size_t extra)
{
	void *p = buf->ptr;

	if (extra > (size_t)-1 - buf->len - 1)
		cl_oom();
	cl_grow(&p, &buf->cap, buf->len + extra + 1, 1);
	buf->ptr = p;
}

void cl_buf_put(cl_buf *buf, const char *data, size_t len)
{
	buf_reserve(buf, len);
	if (len)
		memcpy(buf->ptr + buf->len, data, len);
	buf->len += len;
	buf->ptr[buf->len] = '\0';
}

void cl_buf_puts(cl_buf *buf, const char *s)
{
	cl_buf_put(buf, s, strlen(s));
}

void cl_buf_putc(cl_buf *buf, char c)
{
	/* The common case without a call: the Markdown walk appends its
	 * plain text a byte at a time (issue 15). */
	if (buf->ptr && buf->len + 2 <= buf->cap) {
		buf->ptr[buf->len++] = c;
		buf->ptr[buf->len] = '\0';
		return;
	}
	cl_buf_put(buf, &c, 1);
}

void cl_buf_reserve(cl_buf *buf, size_t extra)
{
	buf_reserve(buf, extra);
}

void cl_buf_vprintf(cl_buf *buf, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return;
	buf_reserve(buf, (size_t)n);
	vsnprintf(buf->ptr + buf->len, (size_t)n + 1, fmt, ap);
	buf->len += (size_t)n;
}

void cl_buf_printf(cl_buf *buf, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cl_buf_vprintf(buf, fmt, ap);
	va_end(ap);
}

char *cl_buf_detach(cl_buf *buf)
{
	char *s = buf->ptr ? buf->ptr : cl_strdup("");

	buf->ptr = NULL;
	buf->len = 0;
	buf->cap = 0;
	return s;
}

char *cl_buf_detach_exact(cl_buf *buf)
{
	if (buf->ptr && buf->cap > buf->len + 1)
		buf->ptr = cl_realloc(buf->ptr, buf->len + 1);
	return cl_buf_detach(buf);
}

void cl_buf_free(cl_buf *buf)
{
	if (!buf)
		return;
	free(buf->ptr);
	buf->ptr = NULL;
	buf->len = 0;
	buf->cap = 0;
}

/* ---- cl_strvec ---- */

void cl_strvec_push_owned(cl_strvec *vec, char *s)
{
	void *p = vec->items;

	cl_grow(&p, &vec->cap, vec->count + 1, sizeof(char *));
	vec->items = p;
	vec->items[vec->count++] = s;
}

void cl_strvec_push(cl_strvec *vec, const char *s)
{
	cl_strvec_push_owned(vec, cl_strdup(s));
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void cl_strvec_sort(cl_strvec *vec)
{
	if (vec->count > 1)
		qsort(vec->items, vec->count, sizeof(char *), compare_strings);
}

int cl_strvec_contains_sorted(const cl_strvec *vec, const char *s)
{
	if (!vec->count)
		return 0;
	return bsearch(&s, vec->items, vec->count, sizeof(char *), compare_strings) != NULL;
}

void cl_strvec_free(cl_strvec *vec)
{
	if (!vec)
		return;
	for (size_t i = 0; i < vec->count; i++)
		free(vec->items[i]);
	free(vec->items);
	vec->items = NULL;
	vec->count = 0;
	vec->cap = 0;
}

/* ---- cl_map: open addressing, linear probing, keyed SipHash ---- */

struct cl_map_slot {
	char *key; /* NULL: empty */
	size_t len;
	size_t hash;
	void *value;
};

/* The keys are paths, e-mails and fingerprints that whoever opens a pull
 * request writes. With a fixed hash (FNV-1a, as before) they can be chosen
 * to collide: 80,000 colliding baseline fingerprints took 13 s instead of
 * 0.8. SipHash-2-4 (libsodium's crypto_shorthash) under a key drawn at
 * start-up can't be aimed at. Nothing may depend on the iteration order
 * of a map, which now differs from run to run. */
static unsigned char map_key[crypto_shorthash_KEYBYTES];
static pthread_once_t map_key_once = PTHREAD_ONCE_INIT;

static void draw_map_key(void)
{
	if (sodium_init() < 0)
		abort(); /* no randomness source: nothing else can work either */
	randombytes_buf(map_key, sizeof(map_key));
}

static size_t hash_bytes(const void *key, size_t len)
{
	unsigned char out[crypto_shorthash_BYTES];
	uint64_t h;

	pthread_once(&map_key_once, draw_map_key);
	crypto_shorthash(out, key, len, map_key);
	memcpy(&h, out, sizeof(h));
	return (size_t)h;
}

static struct cl_map_slot *map_find(const cl_map *map, const void *key, size_t len, size_t hash)
{
	size_t i = hash & (map->cap - 1);

	for (;; i = (i + 1) & (map->cap - 1)) {
		struct cl_map_slot *slot = &map->slots[i];

		if (!slot->key)
			return slot;
		if (slot->hash == hash && slot->len == len && memcmp(slot->key, key, len) == 0)
			return slot;
	}
}

static void map_grow(cl_map *map)
{
	cl_map old = *map;

	map->cap = old.cap ? old.cap * 2 : 64;
	map->slots = cl_calloc(map->cap, sizeof(struct cl_map_slot));
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*map_find(map, old.slots[i].key, old.slots[i].len, old.slots[i].hash) = old.slots[i];
	free(old.slots);
}

void cl_map_put(cl_map *map, const void *key, size_t len, void *value)
{
	size_t hash = hash_bytes(key, len);
	struct cl_map_slot *slot;

	/* Kept at most half full, so probes stay short and always end. */
	if ((map->count + 1) * 2 > map->cap)
		map_grow(map);
	slot = map_find(map, key, len, hash);
	if (!slot->key) {
		/* Always NUL-terminated, so cl_map_next can hand keys out as
		 * strings. */
		slot->key = cl_malloc(len + 1);
		memcpy(slot->key, key, len);
		slot->key[len] = '\0';
		slot->len = len;
		slot->hash = hash;
		map->count++;
	}
	slot->value = value;
}

void *cl_map_get(const cl_map *map, const void *key, size_t len)
{
	struct cl_map_slot *slot;

	if (!map->cap)
		return NULL;
	slot = map_find(map, key, len, hash_bytes(key, len));
	return slot->key ? slot->value : NULL;
}

void cl_map_puts(cl_map *map, const char *key, void *value)
{
	cl_map_put(map, key, strlen(key), value);
}

void *cl_map_gets(const cl_map *map, const char *key)
{
	return cl_map_get(map, key, strlen(key));
}

int cl_map_next(const cl_map *map, size_t *cursor, const char **key, void **value)
{
	for (; *cursor < map->cap; (*cursor)++) {
		struct cl_map_slot *slot = &map->slots[*cursor];

		if (slot->key) {
			*key = slot->key;
			*value = slot->value;
			(*cursor)++;
			return 1;
		}
	}
	return 0;
}

void cl_map_free(cl_map *map)
{
	if (!map)
		return;
	for (size_t i = 0; i < map->cap; i++)
		free(map->slots[i].key);
	free(map->slots);
	map->slots = NULL;
	map->cap = 0;
	map->count = 0;
}

void cl_lowercase(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

int cl_strcaseeq(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

/* ---- dates ---- */

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static int parse_digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int cl_date_parse(cl_date *out, const char *s)
{
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	y = parse_digits(s, 4);
	m = parse_digits(s + 5, 2);
	d = parse_digits(s + 8, 2);
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	out->year = y;
	out->month = m;
	out->day = d;
	return 0;
}

/* Howard Hinnant's days_from_civil: exact for the proleptic calendar. */
long cl_date_days(cl_date d)
{
	long y = d.year - (d.month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (d.month + 9) % 12;
	long doy = (153 * mp + 2) / 5 + d.day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

cl_date cl_date_from_days(long z)
{
	cl_date d;
	long era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(y + (d.month <= 2));
	return d;
}

void cl_date_format(char *buf, cl_date d)
{
	unsigned y = (unsigned)d.year % 10000u, m = (unsigned)d.month % 100u, day = (unsigned)d.day % 100u;

	snprintf(buf, 11, "%04u-%02u-%02u", y, m, day);
}

cl_date cl_date_today_utc(void)
{
	time_t now = time(NULL);

	return cl_date_from_days((long)(now / 86400));
}

static const struct {
	const char *name;
	cl_unit unit;
} units[] = {
        {"day", CL_UNIT_DAYS},    {"days", CL_UNIT_DAYS},    {"week", CL_UNIT_WEEKS},
        {"weeks", CL_UNIT_WEEKS}, {"month", CL_UNIT_MONTHS}, {"months", CL_UNIT_MONTHS},
        {"year", CL_UNIT_YEARS},  {"years", CL_UNIT_YEARS},
};

int cl_interval_parse(cl_interval *out, const char *s)
{
	long count = 0;
	size_t digits = 0;

	while (s[digits] >= '0' && s[digits] <= '9') {
		count = count * 10 + (s[digits] - '0');
		if (count > 100000)
			return -1;
		digits++;
	}
	if (!digits || count < 1 || s[digits] != ' ')
		return -1;
	s += digits;
	while (*s == ' ')
		s++;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(s, units[i].name) == 0) {
			out->count = (int)count;
			out->unit = units[i].unit;
			return 0;
		}
	}
	return -1;
}

static cl_date last_date_within(long days)
{
	cl_date last = {9999, 12, 31};

	return days > cl_date_days(last) ? last : cl_date_from_days(days);
}

cl_date cl_date_add(cl_date d, cl_interval interval)
{
	long months;

	switch (interval.unit) {
	case CL_UNIT_DAYS:
		return last_date_within(cl_date_days(d) + interval.count);
	case CL_UNIT_WEEKS:
		return last_date_within(cl_date_days(d) + 7L * interval.count);
	case CL_UNIT_YEARS:
		months = 12L * interval.count;
		break;
	default:
		months = interval.count;
		break;
	}
	months += (long)d.year * 12 + (d.month - 1);
	/* "100000 years" is a valid interval, but dates print with four
	 * digits: a due date past the year 9999 is the last day of it. */
	if (months / 12 > 9999)
		return (cl_date){9999, 12, 31};
	d.year = (int)(months / 12);
	d.month = (int)(months % 12) + 1;
	if (d.day > days_in_month(d.year, d.month))
		d.day = days_in_month(d.year, d.month);
	return d;
}

/* ---- UTF-8 ---- */

int cl_utf8_step(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char c = p[0];
	unsigned lo = 0x80, hi = 0xBF;
	int n;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4;
	else
		return -1; /* a continuation byte, C0/C1, or above U+10FFFF */
	/* The second byte's range rules out overlongs (E0, F0), surrogates
	 * (ED) and code points above U+10FFFF (F4). */
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (len < 2 || p[1] < lo || p[1] > hi)
		return -1;
	for (int i = 2; i < n; i++)
		if ((size_t)i >= len || p[i] < 0x80 || p[i] > 0xBF)
			return -i;
	return n;
}

int cl_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	size_t i = 0;

	while (i < len) {
		int n = cl_utf8_step(s + i, len - i);

		if (n < 0) {
			if (bad_offset)
				*bad_offset = i;
			return 0;
		}
		i += (size_t)n;
	}
	return 1;
}

char *cl_fold(const char *text)
{
	cl_buf out = CL_BUF_INIT;
	int space = 0;

	for (const char *p = text ? text : ""; *p; p++) {
		if (isspace((unsigned char)*p)) {
			space = out.len > 0;
			continue;
		}
		if (space)
			cl_buf_putc(&out, ' ');
		space = 0;
		cl_buf_putc(&out, (char)tolower((unsigned char)*p));
	}
	return cl_buf_detach(&out);
}

/* `dir` (a repository-relative folder, "" for the root) joined with
 * `path`, with "." and ".." resolved by name; NULL when it climbs out. */
char *cl_path_join_lexically(const char *dir, const char *path)
{
	cl_strvec parts = CL_STRVEC_INIT;
	cl_buf out = CL_BUF_INIT;
	char *joined = *dir ? cl_printf("%s/%s", dir, path) : cl_strdup(path);
	char *save = NULL;
	int outside = 0;

	for (char *p = strtok_r(joined, "/", &save); p && !outside; p = strtok_r(NULL, "/", &save)) {
		if (strcmp(p, ".") == 0)
			continue;
		if (strcmp(p, "..") == 0) {
			outside = parts.count == 0;
			if (!outside)
				free(parts.items[--parts.count]);
			continue;
		}
		cl_strvec_push(&parts, p);
	}
	for (size_t i = 0; i < parts.count; i++)
		cl_buf_printf(&out, "%s%s", i ? "/" : "", parts.items[i]);
	free(joined);
	cl_strvec_free(&parts);
	if (outside) {
		cl_buf_free(&out);
		return NULL;
	}
	return cl_buf_detach(&out);
}

/* The bytes of the word at `s` kept when it is elided: whole characters
 * up to `max` bytes. */
static size_t kept_bytes(const char *s, size_t word, size_t max)
{
	size_t kept = 0;

	while (kept < word) {
		int step = cl_utf8_step(s + kept, word - kept);
		size_t n = (size_t)(step < 0 ? -step : step);

		if (kept + n > max)
			break;
		kept += n;
	}
	return kept;
}

char *cl_elide_long_words(const char *s, size_t max)
{
	cl_buf out = CL_BUF_INIT;

	while (*s) {
		size_t word = strcspn(s, " ");

		if (word > max) {
			cl_buf_put(&out, s, kept_bytes(s, word, max));
			cl_buf_puts(&out, "\u2026");
		} else {
			cl_buf_put(&out, s, word);
		}
		s += word;
		while (*s == ' ')
			cl_buf_putc(&out, *s++);
	}
	return out.ptr ? out.ptr : cl_strdup("");
}

/* Whether the bracketed `word` (of `n` bytes) is one templates leave to
 * be filled in. */
static int is_placeholder_word(const char *word, size_t n)
{
	static const char *const words[] = {"tbd",
	                                    "tba",
	                                    "todo",
	                                    "to do",
	                                    "date",
	                                    "yyyy-mm-dd",
	                                    "name",
	                                    "company",
	                                    "company name",
	                                    "organisation",
	                                    "organization",
	                                    "organisation name",
	                                    "organization name",
	                                    "owner",
	                                    "approver",
	                                    "placeholder",
	                                    NULL};
	static const char *const starts[] = {"insert ", "enter ", "your ", NULL};

	for (size_t i = 0; words[i]; i++)
		if (strlen(words[i]) == n && strncasecmp(word, words[i], n) == 0)
			return 1;
	for (size_t i = 0; starts[i]; i++)
		if (n > strlen(starts[i]) && strncasecmp(word, starts[i], strlen(starts[i])) == 0)
			return 1;
	return 0;
}

/* "VERSION", "POLICY_OWNER_ROLE", "ROLE - e.g., CISO": a blank a
 * template names in capitals, or one that gives an example. */
static int is_placeholder_shape(const char *word, size_t n)
{
	size_t letters = 0;
	int underscore = 0;

	for (size_t i = 0; i + 4 <= n; i++)
		if (strncasecmp(word + i, "e.g.", 4) == 0)
			return 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)word[i];

		if (c >= 'A' && c <= 'Z')
			letters++;
		else if (c == '_')
			underscore = 1;
		else if (!(c >= '0' && c <= '9') && c != ' ' && c != '-')
			return 0;
	}
	return letters > 0 && (underscore || letters >= 5);
}

int cl_is_placeholder_word(const char *word, size_t n)
{
	return is_placeholder_word(word, n) || is_placeholder_shape(word, n);
}

const char *cl_find_placeholder(const char *s, size_t *len)
{
	for (const char *p = s; p && *p; p++) {
		const char *close;

		if (p[0] == '{' && p[1] == '{' && (close = strstr(p + 2, "}}")) && close - p <= 66 &&
		    close > p + 2) {
			*len = (size_t)(close + 2 - p);
			return p;
		}
		if (p[0] == '[' && p[1] != '[' && (close = strchr(p + 1, ']')) && close - p <= 42 &&
		    close[1] != '(' && close[1] != '[' &&
		    cl_is_placeholder_word(p + 1, (size_t)(close - p - 1))) {
			*len = (size_t)(close + 1 - p);
			return p;
		}
	}
	return NULL;
}

int cl_is_placeholder_value(const char *s)
{
	size_t len, n = s ? strlen(s) : 0;

	/* "[[CISO]]" is a wikilink, no blank. */
	return s && (cl_find_placeholder(s, &len) ||
	             (n > 2 && s[0] == '[' && s[1] != '[' && s[n - 1] == ']' && !strchr(s + 1, '[')));
}

/* Levenshtein distance of `a` and `b` folded to lower case, stopping at
 * `limit` + 1: words of up to 63 bytes (longer ones are no typo). */
static size_t edit_distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b), row[64];

	if (la > 63 || lb > 63)
		return limit + 1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0], best;

		row[0] = i;
		best = row[0];
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t cost = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
			size_t v = diag + cost;

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[lb];
}

const char *cl_closest(const char *word, const char *const *candidates)
{
	size_t limit = strlen(word) <= 4 ? 1 : 2, best = limit + 1;
	const char *found = NULL;
	int tie = 0;

	for (size_t i = 0; word && candidates[i]; i++) {
		size_t d = edit_distance(word, candidates[i], limit);

		if (d < best) {
			best = d;
			found = candidates[i];
			tie = 0;
		} else if (d == best && found) {
			tie = 1;
		}
	}
	return found && !tie && best > 0 ? found : NULL;
}
