/*
 * signature.c: cl_signature_verify (lib/parse/signature.c), git's SSH
 * signature of a commit, read and checked in-process: the armor, the
 * base64, the SSHSIG wire format, the key and signature blobs, then
 * ed25519 over the signed bytes (libsodium).
 *
 * The input is the gpgsig header's value, a NUL, and the bytes it signs
 * (git_commit_extract_signature hands both over, each NUL-terminated;
 * history/identity.c). Without a NUL it is all signature, over nothing.
 */
#include "fuzz/fuzz.h"
#include "parse/signature.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *rest;
	size_t rest_size;
	size_t sig_size = fuzz_split(data, size, 0, &rest, &rest_size);
	char *sig = cl_strndup((const char *)data, sig_size);
	char *signed_bytes = cl_strndup(rest ? (const char *)rest : "", rest_size);
	cl_signature out;

	cl_signature_verify(&out, sig, sig_size, signed_bytes, rest_size);
	/* Every state has a name, and the detail is a string. */
	if (!cl_sig_state_name(out.state) || !memchr(out.detail, 0, sizeof(out.detail)) ||
	    out.key_len > sizeof(out.key))
		__builtin_trap();
	free(sig);
	free(signed_bytes);
	return 0;
}
