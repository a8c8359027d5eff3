/*
 * history_cache.c: cl_commit_cache_open (lib/history/cache.c), the history
 * cache file a later run reads back (docs/cache.md). It sits in the
 * user's cache folder, where anything may have written it, so its reader
 * is fuzzed like the parsers of the repository's own files.
 *
 * The input is the file without its last 32 bytes: the harness appends
 * the SHA-256 the format ends with, or the reader would refuse every
 * mutation at its checksum and never reach the records behind it. An
 * input whose first byte is 0xff is taken whole, checksum and all. A file
 * that loads must hold the commit its first 20 bytes after the header
 * name without harm, take another, and write out a file that loads again.
 */
#include "fuzz/fuzz.h"
#include "history/cache.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void write_file(const char *path, const uint8_t *data, size_t size, int with_sum)
{
	unsigned char sum[crypto_hash_sha256_BYTES];
	FILE *f = fopen(path, "wb");

	if (!f)
		abort();
	fwrite(data, 1, size, f);
	if (with_sum) {
		crypto_hash_sha256(sum, data, size);
		fwrite(sum, 1, sizeof(sum), f);
	}
	fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	cl_commit_cache *cache;
	cl_commit_facts facts = {0};
	git_oid oid;
	cl_error err;
	int whole = size > 0 && data[0] == 0xff;

	if (sodium_init() < 0 || size > (1 << 20))
		return 0;
	snprintf(path, sizeof(path), "/tmp/clauselint-fuzz-cache.%ld", (long)getpid());
	write_file(path, data + whole, size - (size_t)whole, !whole);
	cache = cl_commit_cache_open(path);
	if (cl_commit_cache_state(cache) == CL_CACHE_LOADED) {
		memset(&oid, 0, sizeof(oid));
		if (size >= 20)
			memcpy(oid.id, data + size - 20, 20);
		(void)cl_commit_cache_get(cache, &oid);
		(void)cl_commit_cache_facts(cache, &oid);
		memset(oid.id, 0xab, sizeof(oid.id));
		facts.parents = 1;
		cl_commit_cache_put_facts(cache, &oid, &facts);
		/* What it writes, it reads back, with what was added. */
		if (cl_commit_cache_save(cache, &err) < 0)
			__builtin_trap();
		cl_commit_cache_free(cache);
		cache = cl_commit_cache_open(path);
		if (cl_commit_cache_state(cache) != CL_CACHE_LOADED || !cl_commit_cache_facts(cache, &oid))
			__builtin_trap();
	}
	cl_commit_cache_free(cache);
	remove(path);
	return 0;
}
