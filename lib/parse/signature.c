/*
 * signature.c: git's SSH signatures (gpg.format=ssh), verified in-process.
 *
 * With approvals.require_signature an approval counts only when its
 * commit is signed by the approver's key (docs/approvals.md). Shelling out to
 * ssh-keygen -Y verify would make every lint depend on OpenSSH's version
 * and on an allowed_signers file written for it; the format is small
 * enough to read here (openssh's PROTOCOL.sshsig, docs/dependencies.md):
 *
 *   armor    -----BEGIN SSH SIGNATURE----- base64 -----END SSH SIGNATURE-----
 *   blob     "SSHSIG" uint32(1) string(publickey) string(namespace)
 *            string(reserved) string(hash_alg) string(signature)
 *   signed   "SSHSIG" string(namespace) string(reserved) string(hash_alg)
 *            string(H(commit bytes))
 *
 * Strings are a big-endian uint32 length and that many bytes. Everything
 * here reads bytes an attacker wrote into a commit, so every read is
 * checked against what is left of the buffer, and any input ends in one
 * of the states, never in a crash. Only ed25519 keys verify (libsodium);
 * other key types are named, so a user knows what to change.
 */
#include "parse/signature.h"

#include <sodium.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARMOR_BEGIN "-----BEGIN SSH SIGNATURE-----"
#define ARMOR_END "-----END SSH SIGNATURE-----"
#define MAGIC "SSHSIG"
#define MAGIC_LEN 6
#define ED25519 "ssh-ed25519"
#define ED25519_KEY_BYTES 32
#define ED25519_SIG_BYTES 64

/* Far more than any real signature (an RSA-16384 one is under 4 KiB). */
#define SIGNATURE_MAX_BYTES (64 * 1024)

/* ---- base64, strict ---- */

static int base64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * Decodes padded base64 (RFC 4648), skipping white space when
 * `skip_space`. The caller frees *out. -1 with a reason on a character
 * outside the alphabet, '=' anywhere but at the end, or a length that
 * isn't a multiple of 4.
 */
static int base64_decode(unsigned char **out, size_t *out_len, const char *text, size_t len, int skip_space,
                         const char **reason)
{
	unsigned char *buf = cl_malloc(len / 4 * 3 + 3);
	size_t n = 0, chars = 0, pad = 0;
	uint32_t quad = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		int v;

		if (skip_space && is_space((char)c))
			continue;
		if (c == '=') {
			pad++;
			v = 0;
		} else {
			v = base64_value(c);
			if (v < 0 || pad) {
				*reason = v < 0 ? "a character that is not base64"
				                : "text after the '=' padding";
				free(buf);
				return -1;
			}
		}
		quad = quad << 6 | (uint32_t)v;
		if (++chars % 4 != 0)
			continue;
		if (pad > 2) {
			*reason = "too much '=' padding";
			free(buf);
			return -1;
		}
		buf[n++] = (unsigned char)(quad >> 16);
		if (pad < 2)
			buf[n++] = (unsigned char)(quad >> 8);
		if (pad < 1)
			buf[n++] = (unsigned char)quad;
		quad = 0;
		/* Padding ends the text: a quad after one with '=' is refused
		 * above, as text after the padding. */
	}
	if (chars % 4 != 0 || chars == 0) {
		*reason = chars ? "a length that is not a multiple of 4" : "no data";
		free(buf);
		return -1;
	}
	*out = buf;
	*out_len = n;
	return 0;
}

/* ---- the SSH wire format ---- */

typedef struct {
	const unsigned char *p;
	size_t left;
} reader;

typedef struct {
	const unsigned char *ptr;
	size_t len;
} bytes;

static int read_u32(reader *r, uint32_t *out)
{
	if (r->left < 4)
		return -1;
	*out = (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 | (uint32_t)r->p[2] << 8 | (uint32_t)r->p[3];
	r->p += 4;
	r->left -= 4;
	return 0;
}

/* A string: its length, then that many bytes, which must be there. */
static int read_string(reader *r, bytes *out)
{
	uint32_t len;

	if (read_u32(r, &len) < 0 || len > r->left)
		return -1;
	out->ptr = r->p;
	out->len = len;
	r->p += len;
	r->left -= len;
	return 0;
}

static int bytes_eq(bytes b, const char *s)
{
	return b.len == strlen(s) && memcmp(b.ptr, s, b.len) == 0;
}

/* A name from the blob, for a message: printable ASCII, at most 64
 * characters; else NULL. */
static const char *printable_name(char *buf, size_t size, bytes b)
{
	if (b.len == 0 || b.len >= size || b.len > 64)
		return NULL;
	for (size_t i = 0; i < b.len; i++)
		if (b.ptr[i] < 0x21 || b.ptr[i] > 0x7e)
			return NULL;
	memcpy(buf, b.ptr, b.len);
	buf[b.len] = '\0';
	return buf;
}

static void put_u32(unsigned char *out, uint32_t v)
{
	out[0] = (unsigned char)(v >> 24);
	out[1] = (unsigned char)(v >> 16);
	out[2] = (unsigned char)(v >> 8);
	out[3] = (unsigned char)v;
}

static void put_string(cl_buf *out, const unsigned char *data, size_t len)
{
	unsigned char n[4];

	put_u32(n, (uint32_t)len);
	cl_buf_put(out, (const char *)n, 4);
	cl_buf_put(out, (const char *)data, len);
}

/* ---- verifying ---- */

static void set_state(cl_signature *out, cl_sig_state state, const char *detail)
{
	out->state = state;
	snprintf(out->detail, sizeof(out->detail), "%s", detail ? detail : "");
}

static int malformed(cl_signature *out, const char *reason)
{
	set_state(out, CL_SIG_MALFORMED, reason);
	return -1;
}

/* The armor's base64, decoded. Other armors are named: OpenPGP (gpg's
 * default) and X.509 (gpgsm) are git's other signature formats. */
static int dearmor(unsigned char **blob, size_t *blob_len, cl_signature *out, const char *sig, size_t len)
{
	const char *end = sig + len, *body, *stop, *after;
	const char *reason = NULL;
	char why[96];

	while (sig < end && is_space(*sig))
		sig++;
	len = (size_t)(end - sig);
	if (len >= 29 && memcmp(sig, "-----BEGIN PGP SIGNATURE-----", 29) == 0) {
		set_state(out, CL_SIG_UNSUPPORTED, "OpenPGP");
		return -1;
	}
	if ((len >= 30 && memcmp(sig, "-----BEGIN SIGNED MESSAGE-----", 30) == 0) ||
	    (len >= 21 && memcmp(sig, "-----BEGIN PKCS7-----", 21) == 0)) {
		set_state(out, CL_SIG_UNSUPPORTED, "X.509");
		return -1;
	}
	if (len < strlen(ARMOR_BEGIN) || memcmp(sig, ARMOR_BEGIN, strlen(ARMOR_BEGIN)) != 0)
		return malformed(out, "not an SSH signature (no '" ARMOR_BEGIN "' line)");
	body = sig + strlen(ARMOR_BEGIN);
	if (body < end && !is_space(*body))
		return malformed(out, "text after '" ARMOR_BEGIN "' on its line");
	stop = NULL;
	for (const char *p = body; p + strlen(ARMOR_END) <= end; p++) {
		if (memcmp(p, ARMOR_END, strlen(ARMOR_END)) == 0) {
			stop = p;
			break;
		}
	}
	if (!stop)
		return malformed(out, "no '" ARMOR_END "' line: the signature is cut short");
	for (after = stop + strlen(ARMOR_END); after < end; after++)
		if (!is_space(*after))
			return malformed(out, "text after '" ARMOR_END "'");
	if (base64_decode(blob, blob_len, body, (size_t)(stop - body), 1, &reason) < 0) {
		snprintf(why, sizeof(why), "bad base64: %s", reason);
		return malformed(out, why);
	}
	return 0;
}

/* H(data) with the blob's algorithm; its length, or 0 for an unknown one. */
static size_t digest(unsigned char out[crypto_hash_sha512_BYTES], bytes alg, const char *data, size_t len)
{
	if (bytes_eq(alg, "sha512")) {
		crypto_hash_sha512(out, (const unsigned char *)data, len);
		return crypto_hash_sha512_BYTES;
	}
	if (bytes_eq(alg, "sha256")) {
		crypto_hash_sha256(out, (const unsigned char *)data, len);
		return crypto_hash_sha256_BYTES;
	}
	return 0;
}

/* The public key: ed25519, or a named type clauselint can't verify. */
static int read_public_key(bytes *key, cl_signature *out, bytes publickey)
{
	reader r = {publickey.ptr, publickey.len};
	bytes type;
	char name[72];

	if (read_string(&r, &type) < 0)
		return malformed(out, "the public key is cut short");
	if (!bytes_eq(type, ED25519)) {
		if (!printable_name(name, sizeof(name), type))
			return malformed(out, "the public key's type is not a readable name");
		set_state(out, CL_SIG_UNSUPPORTED, name);
		return -1;
	}
	if (read_string(&r, key) < 0 || key->len != ED25519_KEY_BYTES || r.left)
		return malformed(out, "the ssh-ed25519 public key is not 32 bytes");
	if (publickey.len > sizeof(out->key))
		return malformed(out, "the public key is too long");
	return 0;
}

static int read_ed25519_signature(bytes *sig, cl_signature *out, bytes signature)
{
	reader r = {signature.ptr, signature.len};
	bytes type;

	if (read_string(&r, &type) < 0 || read_string(&r, sig) < 0 || r.left)
		return malformed(out, "the signature field is cut short or has bytes after it");
	if (!bytes_eq(type, ED25519))
		return malformed(out, "the signature's type does not match its ssh-ed25519 key");
	if (sig->len != ED25519_SIG_BYTES)
		return malformed(out, "the ssh-ed25519 signature is not 64 bytes");
	return 0;
}

/* Reads and checks the SSHSIG blob; sets out->state unless it verifies. */
static void verify_blob(cl_signature *out, const unsigned char *blob, size_t blob_len, const char *data,
                        size_t data_len)
{
	reader r = {blob, blob_len};
	bytes publickey, namespace, reserved, alg, signature, key, sig;
	unsigned char hash[crypto_hash_sha512_BYTES];
	size_t hash_len;
	uint32_t version;
	cl_buf msg = CL_BUF_INIT;
	char name[72], why[128];

	if (r.left < MAGIC_LEN || memcmp(r.p, MAGIC, MAGIC_LEN) != 0) {
		malformed(out, "the blob does not start with SSHSIG");
		return;
	}
	r.p += MAGIC_LEN;
	r.left -= MAGIC_LEN;
	if (read_u32(&r, &version) < 0) {
		malformed(out, "the blob is cut short before its version");
		return;
	}
	if (version != 1) {
		snprintf(why, sizeof(why), "version %lu (only version 1 exists)", (unsigned long)version);
		malformed(out, why);
		return;
	}
	if (read_string(&r, &publickey) < 0 || read_string(&r, &namespace) < 0 ||
	    read_string(&r, &reserved) < 0 || read_string(&r, &alg) < 0 || read_string(&r, &signature) < 0) {
		malformed(out, "the blob is cut short (a length runs past its end)");
		return;
	}
	if (r.left) {
		snprintf(why, sizeof(why), "%zu bytes after the signature", r.left);
		malformed(out, why);
		return;
	}
	if (!bytes_eq(namespace, "git")) {
		snprintf(why, sizeof(why), "namespace '%s', not 'git': not a signature of a commit",
		         printable_name(name, sizeof(name), namespace) ? name : "(unreadable)");
		malformed(out, why);
		return;
	}
	hash_len = digest(hash, alg, data, data_len);
	if (!hash_len) {
		snprintf(why, sizeof(why), "hash algorithm '%s' (expected sha512 or sha256)",
		         printable_name(name, sizeof(name), alg) ? name : "(unreadable)");
		malformed(out, why);
		return;
	}
	if (read_public_key(&key, out, publickey) < 0 || read_ed25519_signature(&sig, out, signature) < 0)
		return;
	cl_buf_put(&msg, MAGIC, MAGIC_LEN);
	put_string(&msg, namespace.ptr, namespace.len);
	put_string(&msg, reserved.ptr, reserved.len);
	put_string(&msg, alg.ptr, alg.len);
	put_string(&msg, hash, hash_len);
	if (crypto_sign_verify_detached(sig.ptr, (const unsigned char *)msg.ptr, msg.len, key.ptr) != 0) {
		set_state(out, CL_SIG_INVALID, "");
	} else {
		set_state(out, CL_SIG_VALID, "");
		memcpy(out->key, publickey.ptr, publickey.len);
		out->key_len = publickey.len;
	}
	cl_buf_free(&msg);
}

void cl_signature_verify(cl_signature *out, const char *sig, size_t sig_len, const char *data,
                         size_t data_len)
{
	unsigned char *blob = NULL;
	size_t blob_len = 0;

	memset(out, 0, sizeof(*out));
	if (!sig) {
		set_state(out, CL_SIG_UNSIGNED, "");
		return;
	}
	if (sig_len > SIGNATURE_MAX_BYTES) {
		malformed(out, "longer than 64 KiB");
		return;
	}
	/* Idempotent and thread-safe; picks the fastest implementation. */
	if (sodium_init() < 0) {
		malformed(out, "libsodium could not be initialised");
		return;
	}
	if (dearmor(&blob, &blob_len, out, sig, sig_len) < 0)
		return;
	verify_blob(out, blob, blob_len, data, data_len);
	free(blob);
}

const char *cl_sig_state_name(cl_sig_state state)
{
	switch (state) {
	case CL_SIG_UNSIGNED:
		return "unsigned";
	case CL_SIG_VALID:
		return "valid";
	case CL_SIG_INVALID:
		return "invalid";
	case CL_SIG_UNSUPPORTED:
		return "unsupported";
	default:
		return "malformed";
	}
}

/* ---- public keys (people.yml signing_keys) ---- */

int cl_ssh_key_parse(cl_ssh_key *out, const char *line, cl_error *err)
{
	const char *type = line, *type_end, *data, *data_end;
	const char *reason = NULL;
	reader r;
	bytes blob_type, key;
	char name[72];

	memset(out, 0, sizeof(*out));
	while (*type == ' ' || *type == '\t')
		type++;
	for (type_end = type; *type_end && *type_end != ' ' && *type_end != '\t';)
		type_end++;
	for (data = type_end; *data == ' ' || *data == '\t';)
		data++;
	for (data_end = data; *data_end && *data_end != ' ' && *data_end != '\t';)
		data_end++;
	if (type_end == type || data_end == data) {
		cl_error_set(
		        err,
		        "expected a public key as 'ssh-ed25519 AAAA... comment' (the line of the .pub file)");
		return -1;
	}
	if (base64_decode(&out->blob, &out->blob_len, data, (size_t)(data_end - data), 0, &reason) < 0) {
		cl_error_set(
		        err,
		        "the key's base64 can't be read (%s): expected 'ssh-ed25519 AAAA... comment' (the line of the .pub file)",
		        reason);
		return -1;
	}
	r.p = out->blob;
	r.left = out->blob_len;
	if (read_string(&r, &blob_type) < 0 || !printable_name(name, sizeof(name), blob_type)) {
		cl_error_set(err, "the key's base64 holds no SSH public key");
		cl_ssh_key_free(out);
		return -1;
	}
	if ((size_t)(type_end - type) == blob_type.len && memcmp(type, blob_type.ptr, blob_type.len) == 0) {
		if (bytes_eq(blob_type, ED25519) &&
		    (read_string(&r, &key) < 0 || key.len != ED25519_KEY_BYTES || r.left)) {
			cl_error_set(err, "the ssh-ed25519 key is not 32 bytes: the key is damaged");
			cl_ssh_key_free(out);
			return -1;
		}
		out->type = cl_strdup(name);
		return 0;
	}
	cl_error_set(err, "the key says '%.*s' but its data is a '%s' key: the line is damaged or mixed up",
	             (int)(type_end - type > 64 ? 64 : type_end - type), type, name);
	cl_ssh_key_free(out);
	return -1;
}

void cl_ssh_key_free(cl_ssh_key *key)
{
	if (!key)
		return;
	free(key->type);
	free(key->blob);
	memset(key, 0, sizeof(*key));
}
