/*
 * signature.h: git's SSH signatures and SSH public keys, read and
 * checked in-process (no ssh-keygen or gpg at run time). Only
 * ssh-ed25519 keys can be VALID; other SSH key types, OpenPGP and X.509
 * signatures are UNSUPPORTED by name. docs/dependencies.md describes
 * the format.
 */
#ifndef CL_SIGNATURE_H
#define CL_SIGNATURE_H

#include "util/util.h"

typedef enum {
	CL_SIG_UNSIGNED = 0, /* no signature */
	CL_SIG_VALID,        /* verifies; `key` is the signer's */
	CL_SIG_INVALID,      /* well-formed, but the bytes signed aren't these */
	CL_SIG_UNSUPPORTED,  /* `detail` names it: "ssh-rsa", "OpenPGP", ... */
	CL_SIG_MALFORMED     /* `detail` says why */
} cl_sig_state;

#define CL_SIG_KEY_MAX 64

typedef struct {
	cl_sig_state state;
	/* CL_SIG_VALID: the public key blob (SSH wire format, as in the
	 * base64 of a .pub file). */
	unsigned char key[CL_SIG_KEY_MAX];
	size_t key_len;
	char detail[160];
} cl_signature;

/*
 * Verifies git's SSH signature (the gpgsig header, armored, `sig_len`
 * bytes; NULL when the commit is unsigned) over `data`, the bytes that
 * were signed (git_commit_extract_signature gives both). Any input gives
 * a state: nothing here fails.
 */
void cl_signature_verify(cl_signature *out, const char *sig, size_t sig_len, const char *data,
                         size_t data_len);
/* "unsigned", "valid", "invalid", "unsupported", "malformed". */
const char *cl_sig_state_name(cl_sig_state state);

/* A public key as a .pub file or authorized_keys line has it. */
typedef struct {
	char *type;          /* "ssh-ed25519", "ssh-rsa", ... */
	unsigned char *blob; /* the decoded base64 */
	size_t blob_len;
} cl_ssh_key;

/* Parses "TYPE BASE64 [comment]": -1 with a reason when the base64
 * can't be read or holds a key of another type than TYPE. The caller
 * frees `out` with cl_ssh_key_free (also safe after a failure). */
int cl_ssh_key_parse(cl_ssh_key *out, const char *line, cl_error *err);
/* Frees what the key holds (not the key itself). */
void cl_ssh_key_free(cl_ssh_key *key);

#endif
