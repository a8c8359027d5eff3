/*
 * cache.c: the per-commit diffs kept between runs (cache.h, docs/cache.md).
 *
 * The file, all integers little-endian:
 *
 *   "clauselint commit cache\n"   the magic
 *   u32 n, n bytes                who wrote it: CACHE_FORMAT and CL_VERSION
 *   u32 commits, then per commit:
 *     20 bytes                    the commit id
 *     u8 what it holds            1 a diff, 2 facts, 3 both
 *     facts: u32 parents, u32 trailers, then per trailer
 *       u32 n, n bytes key, u32 n, n bytes value
 *     diff: u32 entries, then per entry:
 *       u8 kind ('M', 'A', 'D'), u32 parent, u32 folder length,
 *       20 bytes blob id, u32 n, n bytes path (no NUL; none in a git
 *       path), the folder length at most n
 *   32 bytes                      SHA-256 of everything before
 *
 * Anything that doesn't parse exactly so, to the last byte, is no cache.
 */
#include "history/cache.h"
#include "repo/repo_git.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Raised whenever what a diff holds, or how it is worked out, changes:
 * a file of another format is ignored. */
#define CACHE_FORMAT "2"
#define CACHE_MAGIC "clauselint commit cache\n"
#define CACHE_WRITER "format " CACHE_FORMAT ", clauselint " CL_VERSION
#define OID_BYTES 20
/* A file larger than this is not read: no real history needs it, and a
 * planted one must not cost unbounded memory. */
#define CACHE_MAX_BYTES ((size_t)1 << 30)
/* A git path is at most 4096 bytes on Linux; longer is damage. */
#define CACHE_MAX_PATH 65536

#define HOLDS_DIFF 1
#define HOLDS_FACTS 2

typedef struct {
	git_oid oid;
	int holds; /* HOLDS_DIFF | HOLDS_FACTS */
	cl_commit_diff diff;
	cl_commit_facts facts;
} cached_commit;

struct cl_commit_cache {
	char *file;
	cl_cache_state state;
	cl_map by_oid; /* raw id -> cached_commit */
	cached_commit **commits;
	size_t count, cap;
	int dirty;
};

void cl_commit_diff_add(cl_commit_diff *diff, cl_diff_kind kind, unsigned parent, const char *path,
                        unsigned folder_len, const git_oid *blob)
{
	void *p = diff->entries;
	cl_diff_entry *e;

	cl_grow(&p, &diff->cap, diff->count + 1, sizeof(cl_diff_entry));
	diff->entries = p;
	e = &diff->entries[diff->count++];
	e->path = cl_strdup(path);
	git_oid_cpy(&e->blob, blob);
	e->parent = parent;
	e->folder_len = folder_len;
	e->kind = (unsigned char)kind;
}

void cl_commit_diff_free(cl_commit_diff *diff)
{
	for (size_t i = 0; i < diff->count; i++)
		free(diff->entries[i].path);
	free(diff->entries);
	memset(diff, 0, sizeof(*diff));
}

int cl_commit_facts_read(cl_commit_facts *out, git_commit *commit)
{
	git_message_trailer_array trailers = {0};

	memset(out, 0, sizeof(*out));
	out->parents = git_commit_parentcount(commit);
	if (git_message_trailers(&trailers, git_commit_message(commit)) < 0)
		return -1;
	out->trailers = cl_calloc(trailers.count ? trailers.count : 1, sizeof(cl_trailer));
	for (size_t i = 0; i < trailers.count; i++) {
		out->trailers[i].key = cl_strdup(trailers.trailers[i].key);
		out->trailers[i].value = cl_strdup(trailers.trailers[i].value);
	}
	out->trailer_count = trailers.count;
	git_message_trailer_array_free(&trailers);
	return 0;
}

void cl_commit_facts_free(cl_commit_facts *facts)
{
	for (size_t i = 0; i < facts->trailer_count; i++) {
		free(facts->trailers[i].key);
		free(facts->trailers[i].value);
	}
	free(facts->trailers);
	memset(facts, 0, sizeof(*facts));
}

/* The cache's entry of `oid`, made when it has none. */
static cached_commit *entry_of(cl_commit_cache *cache, const git_oid *oid)
{
	cached_commit *c = cl_map_get(&cache->by_oid, oid->id, OID_BYTES);
	void *p = cache->commits;

	if (c)
		return c;
	c = cl_calloc(1, sizeof(*c));
	git_oid_cpy(&c->oid, oid);
	cl_grow(&p, &cache->cap, cache->count + 1, sizeof(cached_commit *));
	cache->commits = p;
	cache->commits[cache->count++] = c;
	cl_map_put(&cache->by_oid, c->oid.id, OID_BYTES, c);
	return c;
}

static void keep(cl_commit_cache *cache, const git_oid *oid, cl_commit_diff *diff)
{
	cached_commit *c = entry_of(cache, oid);

	c->diff = *diff;
	c->diff.whole = 1;
	c->holds |= HOLDS_DIFF;
	memset(diff, 0, sizeof(*diff));
}

static void keep_facts(cl_commit_cache *cache, const git_oid *oid, cl_commit_facts *facts)
{
	cached_commit *c = entry_of(cache, oid);

	c->facts = *facts;
	c->holds |= HOLDS_FACTS;
	memset(facts, 0, sizeof(*facts));
}

/* ---- reading ---- */

typedef struct {
	const unsigned char *p, *end;
	int bad;
} reader;

static const unsigned char *take(reader *r, size_t n)
{
	const unsigned char *at = r->p;

	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = 1;
		return NULL;
	}
	r->p += n;
	return at;
}

static uint32_t take_u32(reader *r)
{
	const unsigned char *b = take(r, 4);

	return b ? (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24 : 0;
}

static int read_entry(reader *r, cl_commit_diff *diff)
{
	const unsigned char *kind = take(r, 1);
	uint32_t parent = take_u32(r);
	uint32_t folder_len = take_u32(r);
	const unsigned char *blob = take(r, OID_BYTES);
	uint32_t len = take_u32(r);
	const unsigned char *path;
	git_oid oid;
	char *text;

	if (r->bad || len == 0 || len > CACHE_MAX_PATH || folder_len >= len ||
	    (*kind != CL_DIFF_CHANGED && *kind != CL_DIFF_ADDED && *kind != CL_DIFF_DELETED))
		return -1;
	path = take(r, len);
	if (!path || memchr(path, '\0', len))
		return -1;
	git_oid_fromraw(&oid, blob);
	text = cl_strndup((const char *)path, len);
	cl_commit_diff_add(diff, (cl_diff_kind)*kind, parent, text, folder_len, &oid);
	free(text);
	return 0;
}

/* A string of at most `max` bytes with no NUL in it, copied; NULL when
 * there is none such. */
static char *take_string(reader *r, size_t max)
{
	uint32_t len = take_u32(r);
	const unsigned char *bytes = len <= max ? take(r, len) : NULL;

	if (!bytes || memchr(bytes, '\0', len)) {
		r->bad = 1;
		return NULL;
	}
	return cl_strndup((const char *)bytes, len);
}

static int read_facts(reader *r, cl_commit_facts *facts)
{
	uint32_t count;

	facts->parents = take_u32(r);
	count = take_u32(r);
	/* A trailer takes at least 8 bytes. */
	if (r->bad || count > (size_t)(r->end - r->p) / 8)
		return -1;
	facts->trailers = cl_calloc(count ? count : 1, sizeof(cl_trailer));
	for (uint32_t i = 0; i < count; i++) {
		char *key = take_string(r, CACHE_MAX_PATH);
		char *value = key ? take_string(r, CACHE_MAX_BYTES) : NULL;

		if (!value) {
			free(key);
			return -1;
		}
		facts->trailers[i].key = key;
		facts->trailers[i].value = value;
		facts->trailer_count++;
	}
	return 0;
}

static int read_diff(reader *r, cl_commit_diff *diff)
{
	uint32_t entries = take_u32(r);

	/* An entry takes at least 34 bytes: a count the rest of the file
	 * can't hold is damage, not a reason to loop. */
	if (r->bad || entries > (size_t)(r->end - r->p) / 34)
		return -1;
	for (uint32_t k = 0; k < entries; k++)
		if (read_entry(r, diff) < 0)
			return -1;
	return 0;
}

static int read_commits(cl_commit_cache *cache, reader *r)
{
	uint32_t commits = take_u32(r);

	for (uint32_t i = 0; i < commits && !r->bad; i++) {
		const unsigned char *id = take(r, OID_BYTES);
		const unsigned char *holds = take(r, 1);
		cl_commit_diff diff = {0};
		cl_commit_facts facts = {0};
		git_oid oid;

		if (r->bad || !*holds || (*holds & ~(HOLDS_DIFF | HOLDS_FACTS)) ||
		    ((*holds & HOLDS_FACTS) && read_facts(r, &facts) < 0) ||
		    ((*holds & HOLDS_DIFF) && read_diff(r, &diff) < 0)) {
			cl_commit_diff_free(&diff);
			cl_commit_facts_free(&facts);
			return -1;
		}
		git_oid_fromraw(&oid, id);
		/* A repeat is damage: the file is written with one record
		 * per commit. */
		if (cl_map_get(&cache->by_oid, oid.id, OID_BYTES)) {
			cl_commit_diff_free(&diff);
			cl_commit_facts_free(&facts);
			return -1;
		}
		if (*holds & HOLDS_FACTS)
			keep_facts(cache, &oid, &facts);
		if (*holds & HOLDS_DIFF)
			keep(cache, &oid, &diff);
	}
	return r->bad || r->p != r->end ? -1 : 0;
}

static int parse_file(cl_commit_cache *cache, const unsigned char *data, size_t len)
{
	unsigned char sum[crypto_hash_sha256_BYTES];
	reader r;
	const unsigned char *writer;
	uint32_t n;

	if (len < sizeof(CACHE_MAGIC) - 1 + sizeof(sum))
		return -1;
	crypto_hash_sha256(sum, data, len - sizeof(sum));
	if (sodium_memcmp(sum, data + len - sizeof(sum), sizeof(sum)) != 0)
		return -1;
	r.p = data;
	r.end = data + len - sizeof(sum);
	r.bad = 0;
	if (memcmp(take(&r, sizeof(CACHE_MAGIC) - 1), CACHE_MAGIC, sizeof(CACHE_MAGIC) - 1) != 0)
		return -1;
	n = take_u32(&r);
	writer = take(&r, n);
	if (!writer || n != strlen(CACHE_WRITER) || memcmp(writer, CACHE_WRITER, n) != 0)
		return -1;
	return read_commits(cache, &r);
}

static void forget_all(cl_commit_cache *cache)
{
	for (size_t i = 0; i < cache->count; i++) {
		cl_commit_diff_free(&cache->commits[i]->diff);
		cl_commit_facts_free(&cache->commits[i]->facts);
		free(cache->commits[i]);
	}
	free(cache->commits);
	cache->commits = NULL;
	cache->count = cache->cap = 0;
	cl_map_free(&cache->by_oid);
	memset(&cache->by_oid, 0, sizeof(cache->by_oid));
}

/* The whole file, or NULL: missing (*missing set), unreadable or too
 * large. */
static unsigned char *slurp(const char *file, size_t *len, int *missing)
{
	FILE *f = fopen(file, "rb");
	struct stat st;
	unsigned char *data;

	*missing = !f && errno == ENOENT;
	if (!f)
		return NULL;
	if (fstat(fileno(f), &st) < 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size > CACHE_MAX_BYTES) {
		fclose(f);
		return NULL;
	}
	*len = (size_t)st.st_size;
	data = cl_malloc(*len + 1);
	if (fread(data, 1, *len, f) != *len) {
		free(data);
		data = NULL;
	}
	fclose(f);
	return data;
}

cl_commit_cache *cl_commit_cache_open(const char *file)
{
	cl_commit_cache *cache = cl_calloc(1, sizeof(*cache));
	size_t len = 0;
	int missing = 0;
	unsigned char *data = slurp(file, &len, &missing);

	cache->file = cl_strdup(file);
	if (sodium_init() < 0)
		cl_oom();
	if (!data) {
		cache->state = missing ? CL_CACHE_NEW : CL_CACHE_IGNORED;
		cache->dirty = !missing;
		return cache;
	}
	if (parse_file(cache, data, len) < 0) {
		forget_all(cache);
		cache->state = CL_CACHE_IGNORED;
		cache->dirty = 1;
	} else {
		cache->state = CL_CACHE_LOADED;
	}
	free(data);
	return cache;
}

cl_cache_state cl_commit_cache_state(const cl_commit_cache *cache)
{
	return cache->state;
}

const cl_commit_diff *cl_commit_cache_get(const cl_commit_cache *cache, const git_oid *oid)
{
	cached_commit *c = cl_map_get(&cache->by_oid, oid->id, OID_BYTES);

	return c && (c->holds & HOLDS_DIFF) ? &c->diff : NULL;
}

void cl_commit_cache_put(cl_commit_cache *cache, const git_oid *oid, cl_commit_diff *diff)
{
	if (cl_commit_cache_get(cache, oid)) {
		cl_commit_diff_free(diff);
		return;
	}
	keep(cache, oid, diff);
	cache->dirty = 1;
}

const cl_commit_facts *cl_commit_cache_facts(const cl_commit_cache *cache, const git_oid *oid)
{
	cached_commit *c = cl_map_get(&cache->by_oid, oid->id, OID_BYTES);

	return c && (c->holds & HOLDS_FACTS) ? &c->facts : NULL;
}

void cl_commit_cache_put_facts(cl_commit_cache *cache, const git_oid *oid, cl_commit_facts *facts)
{
	if (cl_commit_cache_facts(cache, oid)) {
		cl_commit_facts_free(facts);
		return;
	}
	keep_facts(cache, oid, facts);
	cache->dirty = 1;
}

void cl_commit_cache_reset(cl_commit_cache *cache)
{
	forget_all(cache);
	cache->state = CL_CACHE_IGNORED;
	cache->dirty = 1;
}

/* ---- writing ---- */

static void put_u32(cl_buf *out, size_t v)
{
	char b[4] = {(char)(v & 0xff), (char)(v >> 8 & 0xff), (char)(v >> 16 & 0xff), (char)(v >> 24 & 0xff)};

	cl_buf_put(out, b, 4);
}

static void put_string(cl_buf *out, const char *s)
{
	put_u32(out, strlen(s));
	cl_buf_puts(out, s);
}

/* Where the cache is written: a buffer passed on to the file, and into
 * the checksum, every FLUSH_BYTES, so writing it never holds a second
 * copy of the whole cache (issue 15: the peak of a cold run). */
#define FLUSH_BYTES (64 * 1024)

typedef struct {
	FILE *f;
	cl_buf buf;
	crypto_hash_sha256_state sum;
	int ok;
} sink;

static void sink_flush(sink *s)
{
	if (!s->buf.len)
		return;
	crypto_hash_sha256_update(&s->sum, (const unsigned char *)s->buf.ptr, s->buf.len);
	s->ok = s->ok && fwrite(s->buf.ptr, 1, s->buf.len, s->f) == s->buf.len;
	s->buf.len = 0;
}

static void put_commit(cl_buf *out, const cached_commit *c)
{
	char holds = (char)c->holds;

	cl_buf_put(out, (const char *)c->oid.id, OID_BYTES);
	cl_buf_put(out, &holds, 1);
	if (c->holds & HOLDS_FACTS) {
		put_u32(out, c->facts.parents);
		put_u32(out, c->facts.trailer_count);
		for (size_t k = 0; k < c->facts.trailer_count; k++) {
			put_string(out, c->facts.trailers[k].key);
			put_string(out, c->facts.trailers[k].value);
		}
	}
	if (!(c->holds & HOLDS_DIFF))
		return;
	put_u32(out, c->diff.count);
	for (size_t k = 0; k < c->diff.count; k++) {
		const cl_diff_entry *e = &c->diff.entries[k];

		cl_buf_put(out, (const char *)&e->kind, 1);
		put_u32(out, e->parent);
		put_u32(out, e->folder_len);
		cl_buf_put(out, (const char *)e->blob.id, OID_BYTES);
		put_u32(out, strlen(e->path));
		cl_buf_puts(out, e->path);
	}
}

/* The file's bytes, and their SHA-256 last (read_file checks it). */
static int serialise(FILE *f, const cl_commit_cache *cache)
{
	sink s;
	unsigned char sum[crypto_hash_sha256_BYTES];

	memset(&s, 0, sizeof(s));
	s.f = f;
	s.ok = 1;
	crypto_hash_sha256_init(&s.sum);
	cl_buf_puts(&s.buf, CACHE_MAGIC);
	put_u32(&s.buf, strlen(CACHE_WRITER));
	cl_buf_puts(&s.buf, CACHE_WRITER);
	put_u32(&s.buf, cache->count);
	for (size_t i = 0; i < cache->count; i++) {
		put_commit(&s.buf, cache->commits[i]);
		if (s.buf.len >= FLUSH_BYTES)
			sink_flush(&s);
	}
	sink_flush(&s);
	crypto_hash_sha256_final(&s.sum, sum);
	s.ok = s.ok && fwrite(sum, 1, sizeof(sum), f) == sizeof(sum);
	cl_buf_free(&s.buf);
	return s.ok;
}

/* mkdir -p of the folder `file` is in, private to the user. */
static void make_parents(const char *file)
{
	char *dir = cl_strdup(file);

	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0700);
		*p = '/';
	}
	free(dir);
}

int cl_commit_cache_save(cl_commit_cache *cache, cl_error *err)
{
	char *tmp;
	FILE *f;
	int fd, ok;

	if (!cache->dirty)
		return 0;
	make_parents(cache->file);
	tmp = cl_printf("%s.%ld.tmp", cache->file, (long)getpid());
	/* The user's alone, like the rest of their cache. */
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	f = fd < 0 ? NULL : fdopen(fd, "wb");
	if (fd >= 0 && !f)
		close(fd);
	ok = f && serialise(f, cache);
	ok = f && fclose(f) == 0 && ok;
	if (ok && rename(tmp, cache->file) == 0) {
		cache->dirty = 0;
		free(tmp);
		return 0;
	}
	cl_error_set(err, "cannot write the history cache %s: %s", cache->file, strerror(errno));
	remove(tmp);
	free(tmp);
	return -1;
}

/* ---- where ---- */

/* Whether `path` is `dir` or inside it, both resolved. */
static int within(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	while (n > 1 && dir[n - 1] == '/')
		n--;
	return strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* `path` resolved as far as it exists (a cache folder need not exist
 * yet), the rest appended as given. The caller frees it. */
static char *resolve_existing(const char *path)
{
	char resolved[PATH_MAX];
	char *head = cl_strdup(path);
	const char *rest = "";
	char *out;

	while (!realpath(head, resolved)) {
		char *slash = strrchr(head, '/');

		if (!slash || slash == head) {
			free(head);
			return cl_strdup(path);
		}
		*slash = '\0';
		rest = path + (slash - head);
	}
	out = cl_printf("%s%s", resolved, rest);
	free(head);
	return out;
}

char *cl_commit_cache_file(const cl_repo *repo, const char *dir)
{
	const char *common = git_repository_commondir(repo->git);
	const char *workdir = git_repository_workdir(repo->git);
	char resolved[PATH_MAX];
	char *where = resolve_existing(dir), *file;
	unsigned char sum[crypto_hash_sha256_BYTES];
	char hex[2 * 8 + 1];
	int inside;

	if (!realpath(common, resolved))
		snprintf(resolved, sizeof(resolved), "%s", common);
	inside = within(where, resolved);
	if (workdir) {
		char work[PATH_MAX];

		inside |= realpath(workdir, work) && within(where, work);
	}
	if (inside) {
		fprintf(stderr,
		        "clauselint: the cache folder %s is inside the linted repository; running without a cache\n",
		        dir);
		free(where);
		return NULL;
	}
	crypto_hash_sha256(sum, (const unsigned char *)resolved, strlen(resolved));
	sodium_bin2hex(hex, sizeof(hex), sum, 8);
	file = cl_printf("%s/commits-%s.bin", where, hex);
	free(where);
	return file;
}

void cl_commit_cache_free(cl_commit_cache *cache)
{
	if (!cache)
		return;
	forget_all(cache);
	free(cache->file);
	free(cache);
}
