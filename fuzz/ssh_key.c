/*
 * ssh_key.c: cl_ssh_key_parse (lib/parse/signature.c), a public key as
 * people.yml's signing_keys and a --trust-anchor file give it:
 * "TYPE BASE64 [comment]", the base64 decoded and its wire format checked
 * against TYPE.
 *
 * The input is the line, a C string as the YAML scalar holds it.
 */
#include "fuzz/fuzz.h"
#include "parse/signature.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = fuzz_string(data, size);
	cl_ssh_key key;
	cl_error err;

	memset(&key, 0, sizeof(key));
	if (cl_ssh_key_parse(&key, line, &err) == 0 && (!key.type || (key.blob_len && !key.blob)))
		__builtin_trap();
	cl_ssh_key_free(&key);
	free(line);
	return 0;
}
