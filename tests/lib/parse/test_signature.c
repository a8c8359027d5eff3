/*
 * test_signature.c: git's SSH signatures, read and verified in-process.
 *
 * Signatures are made here with libsodium from a key pair generated per
 * test, laid out as ssh-keygen -Y sign does (PROTOCOL.sshsig), then
 * broken one way at a time: every way must end in a state, never in a
 * crash and never in "valid". The end-to-end cases sign with ssh-keygen
 * itself.
 */
#include <criterion/criterion.h>

#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/signature.h"

static const char commit_bytes[] = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n"
                                   "author Dana Whitfield <dana@example.com> 1772452800 +0000\n"
                                   "committer Dana Whitfield <dana@example.com> 1772452800 +0000\n"
                                   "\n"
                                   "Approve POL-001 1.0\n"
                                   "\n"
                                   "Approved-by: Dana Whitfield <dana@example.com>\n"
                                   "Approves: policies/isp.md\n";

/* How to lay out one signature; each test changes one thing. */
typedef struct {
	char magic[8];
	uint32_t version;
	char key_type[48];
	size_t key_len; /* bytes of the public key given */
	char namespace[16];
	char reserved[8];
	char hash_alg[16];
	char sig_type[48];
	size_t sig_len;       /* bytes of the signature given */
	size_t trailing;      /* bytes after the signature field */
	const char *data;     /* what is signed (the commit) */
	int flip_signature;   /* break the signature's first byte */
	long publickey_len;   /* >= 0: write this length for the publickey string instead */
	size_t truncate_blob; /* > 0: cut the blob to this many bytes */
} layout;

static unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];

static void setup(void)
{
	cr_assert_geq(sodium_init(), 0);
	crypto_sign_keypair(pk, sk);
}

static layout good(void)
{
	layout l;

	memset(&l, 0, sizeof(l));
	strcpy(l.magic, "SSHSIG");
	l.version = 1;
	strcpy(l.key_type, "ssh-ed25519");
	l.key_len = 32;
	strcpy(l.namespace, "git");
	strcpy(l.hash_alg, "sha512");
	strcpy(l.sig_type, "ssh-ed25519");
	l.sig_len = 64;
	l.data = commit_bytes;
	l.publickey_len = -1;
	return l;
}

static void put_u32(cl_buf *b, uint32_t v)
{
	char n[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};

	cl_buf_put(b, n, 4);
}

static void put_string(cl_buf *b, const void *data, size_t len)
{
	put_u32(b, (uint32_t)len);
	cl_buf_put(b, data, len);
}

/* The public key blob as the .pub file holds it. */
static void key_blob(cl_buf *b, const layout *l)
{
	unsigned char key[64] = {0};

	memcpy(key, pk, sizeof(pk));
	put_string(b, l->key_type, strlen(l->key_type));
	put_string(b, key, l->key_len);
}

/* The SSHSIG blob for `l`, signed with sk over what PROTOCOL.sshsig says. */
static void make_blob(cl_buf *blob, const layout *l)
{
	cl_buf key = CL_BUF_INIT, msg = CL_BUF_INIT, sigfield = CL_BUF_INIT;
	unsigned char hash[64], sig[crypto_sign_BYTES], sigbytes[128] = {0};
	size_t hash_len = strcmp(l->hash_alg, "sha256") == 0 ? 32 : 64;

	if (hash_len == 32)
		crypto_hash_sha256(hash, (const unsigned char *)l->data, strlen(l->data));
	else
		crypto_hash_sha512(hash, (const unsigned char *)l->data, strlen(l->data));
	cl_buf_put(&msg, "SSHSIG", 6);
	put_string(&msg, l->namespace, strlen(l->namespace));
	put_string(&msg, l->reserved, strlen(l->reserved));
	put_string(&msg, l->hash_alg, strlen(l->hash_alg));
	put_string(&msg, hash, hash_len);
	crypto_sign_detached(sig, NULL, (const unsigned char *)msg.ptr, msg.len, sk);
	if (l->flip_signature)
		sig[0] ^= 1;
	memcpy(sigbytes, sig, sizeof(sig));

	key_blob(&key, l);
	put_string(&sigfield, l->sig_type, strlen(l->sig_type));
	put_string(&sigfield, sigbytes, l->sig_len);

	cl_buf_put(blob, l->magic, strlen(l->magic));
	put_u32(blob, l->version);
	if (l->publickey_len >= 0) {
		put_u32(blob, (uint32_t)l->publickey_len);
		cl_buf_put(blob, key.ptr, key.len);
	} else {
		put_string(blob, key.ptr, key.len);
	}
	put_string(blob, l->namespace, strlen(l->namespace));
	put_string(blob, l->reserved, strlen(l->reserved));
	put_string(blob, l->hash_alg, strlen(l->hash_alg));
	put_string(blob, sigfield.ptr, sigfield.len);
	for (size_t i = 0; i < l->trailing; i++)
		cl_buf_putc(blob, 'x');
	if (l->truncate_blob && l->truncate_blob < blob->len)
		blob->len = l->truncate_blob;
	cl_buf_free(&key);
	cl_buf_free(&msg);
	cl_buf_free(&sigfield);
}

/* Armored as ssh-keygen writes it, 70 base64 characters a line. */
static char *armor(const void *blob, size_t len)
{
	size_t b64_len = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
	char *b64 = cl_malloc(b64_len);
	cl_buf out = CL_BUF_INIT;

	sodium_bin2base64(b64, b64_len, blob, len, sodium_base64_VARIANT_ORIGINAL);
	cl_buf_puts(&out, "-----BEGIN SSH SIGNATURE-----\n");
	for (size_t i = 0; i < strlen(b64); i += 70)
		cl_buf_printf(&out, "%.70s\n", b64 + i);
	cl_buf_puts(&out, "-----END SSH SIGNATURE-----");
	free(b64);
	return cl_buf_detach(&out);
}

static cl_signature verify_text(const char *sig, const char *data)
{
	cl_signature s;

	cl_signature_verify(&s, sig, sig ? strlen(sig) : 0, data, strlen(data));
	return s;
}

static cl_signature verify_layout(const layout *l)
{
	cl_buf blob = CL_BUF_INIT;
	char *text;
	cl_signature s;

	make_blob(&blob, l);
	text = armor(blob.ptr, blob.len);
	s = verify_text(text, commit_bytes);
	free(text);
	cl_buf_free(&blob);
	return s;
}

static void expect_state(cl_signature s, cl_sig_state state, const char *detail_part)
{
	cr_expect_eq(s.state, state, "state %s (%s), expected %s", cl_sig_state_name(s.state), s.detail,
	             cl_sig_state_name(state));
	if (detail_part)
		cr_expect_not_null(strstr(s.detail, detail_part), "detail '%s' lacks '%s'", s.detail,
		                   detail_part);
}

/* ---- what verifies ---- */

Test(signature, valid_sha512, .init = setup)
{
	layout l = good();
	cl_signature s = verify_layout(&l);
	cl_buf want = CL_BUF_INIT;

	expect_state(s, CL_SIG_VALID, NULL);
	key_blob(&want, &l);
	cr_assert_eq(s.key_len, want.len, "the key is the publickey blob, as in a .pub file");
	cr_expect_eq(memcmp(s.key, want.ptr, want.len), 0);
	cl_buf_free(&want);
}

Test(signature, valid_sha256, .init = setup)
{
	layout l = good();

	strcpy(l.hash_alg, "sha256");
	expect_state(verify_layout(&l), CL_SIG_VALID, NULL);
}

Test(signature, armor_tolerates_crlf_and_trailing_space, .init = setup)
{
	layout l = good();
	cl_buf blob = CL_BUF_INIT, crlf = CL_BUF_INIT;
	char *text;

	make_blob(&blob, &l);
	text = armor(blob.ptr, blob.len);
	for (const char *p = text; *p; p++)
		cl_buf_puts(&crlf, *p == '\n' ? "\r\n" : (char[]){*p, 0});
	cl_buf_puts(&crlf, "\r\n\n");
	expect_state(verify_text(crlf.ptr, commit_bytes), CL_SIG_VALID, NULL);
	free(text);
	cl_buf_free(&blob);
	cl_buf_free(&crlf);
}

Test(signature, unsigned_commit)
{
	cl_signature s;

	cl_signature_verify(&s, NULL, 0, commit_bytes, strlen(commit_bytes));
	expect_state(s, CL_SIG_UNSIGNED, NULL);
	cr_expect_str_eq(cl_sig_state_name(s.state), "unsigned");
}

/* ---- what doesn't: the signed bytes or the signature changed ---- */

Test(signature, tampered_commit_is_invalid, .init = setup)
{
	layout l = good();
	cl_buf blob = CL_BUF_INIT;
	char *text, *changed = cl_strdup(commit_bytes);

	make_blob(&blob, &l);
	text = armor(blob.ptr, blob.len);
	*strstr(changed, "1.0") = '2';
	expect_state(verify_text(text, changed), CL_SIG_INVALID, NULL);
	free(text);
	free(changed);
	cl_buf_free(&blob);
}

Test(signature, broken_signature_is_invalid, .init = setup)
{
	layout l = good();

	l.flip_signature = 1;
	expect_state(verify_layout(&l), CL_SIG_INVALID, NULL);
}

/* The hash algorithm and reserved field are signed too. */
Test(signature, algorithm_swapped_after_signing_is_invalid, .init = setup)
{
	layout l = good();
	cl_buf blob = CL_BUF_INIT;
	char *text, *at = NULL;

	make_blob(&blob, &l);
	for (size_t i = 0; i + 6 <= blob.len && !at; i++)
		if (memcmp(blob.ptr + i, "sha512", 6) == 0)
			at = blob.ptr + i;
	cr_assert_not_null(at);
	memcpy(at, "sha256", 6);
	text = armor(blob.ptr, blob.len);
	expect_state(verify_text(text, commit_bytes), CL_SIG_INVALID, NULL);
	free(text);
	cl_buf_free(&blob);
}

/* ---- unsupported, by name ---- */

Test(signature, other_ssh_key_types_are_unsupported, .init = setup)
{
	static const char types[][40] = {"ssh-rsa",
	                                 "ecdsa-sha2-nistp256",
	                                 "ecdsa-sha2-nistp521",
	                                 "sk-ssh-ed25519@openssh.com",
	                                 "sk-ecdsa-sha2-nistp256@openssh.com",
	                                 "ssh-dss"};

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		layout l = good();

		strcpy(l.key_type, types[i]);
		strcpy(l.sig_type, strcmp(types[i], "ssh-rsa") == 0 ? "rsa-sha2-512" : types[i]);
		expect_state(verify_layout(&l), CL_SIG_UNSUPPORTED, types[i]);
	}
}

Test(signature, openpgp_and_x509_are_unsupported)
{
	expect_state(verify_text("-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n=abcd\n-----END PGP "
	                         "SIGNATURE-----",
	                         commit_bytes),
	             CL_SIG_UNSUPPORTED, "OpenPGP");
	expect_state(
	        verify_text("-----BEGIN SIGNED MESSAGE-----\nMIAGCSqGSIb3DQEHAqCAMIACAQ\n-----END SIGNED "
	                    "MESSAGE-----",
	                    commit_bytes),
	        CL_SIG_UNSUPPORTED, "X.509");
}

/* ---- malformed, with a reason ---- */

Test(signature, not_an_armor)
{
	expect_state(verify_text("", commit_bytes), CL_SIG_MALFORMED, "not an SSH signature");
	expect_state(verify_text("hello", commit_bytes), CL_SIG_MALFORMED, "not an SSH signature");
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----", commit_bytes), CL_SIG_MALFORMED,
	             "cut short");
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----X\n-----END SSH SIGNATURE-----", commit_bytes),
	             CL_SIG_MALFORMED, "text after");
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----", commit_bytes),
	             CL_SIG_MALFORMED, "bad base64: no data");
}

Test(signature, text_after_the_armor, .init = setup)
{
	layout l = good();
	cl_buf blob = CL_BUF_INIT, text = CL_BUF_INIT;
	char *armored;

	make_blob(&blob, &l);
	armored = armor(blob.ptr, blob.len);
	cl_buf_printf(&text, "%s\nextra", armored);
	expect_state(verify_text(text.ptr, commit_bytes), CL_SIG_MALFORMED, "text after");
	free(armored);
	cl_buf_free(&blob);
	cl_buf_free(&text);
}

Test(signature, bad_base64)
{
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----\nU1NI*0lH\n-----END SSH SIGNATURE-----",
	                         commit_bytes),
	             CL_SIG_MALFORMED, "bad base64: a character that is not base64");
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----\nU1NIU0l\n-----END SSH SIGNATURE-----",
	                         commit_bytes),
	             CL_SIG_MALFORMED, "multiple of 4");
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----\nU1=IU0lH\n-----END SSH SIGNATURE-----",
	                         commit_bytes),
	             CL_SIG_MALFORMED, "after the '=' padding");
	expect_state(
	        verify_text("-----BEGIN SSH SIGNATURE-----\nU===\n-----END SSH SIGNATURE-----", commit_bytes),
	        CL_SIG_MALFORMED, "too much");
	expect_state(verify_text("-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\xff\n-----END SSH SIGNATURE-----",
	                         commit_bytes),
	             CL_SIG_MALFORMED, "bad base64");
}

Test(signature, wrong_magic_and_version, .init = setup)
{
	layout l = good();

	strcpy(l.magic, "SSHSIH");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "does not start with SSHSIG");
	l = good();
	l.version = 2;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "version 2");
	l = good();
	l.version = 0;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "version 0");
}

Test(signature, wrong_namespace, .init = setup)
{
	layout l = good();

	strcpy(l.namespace, "file");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "namespace 'file', not 'git'");
	l = good();
	strcpy(l.namespace, "");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "namespace '(unreadable)'");
}

Test(signature, unknown_hash_algorithm, .init = setup)
{
	layout l = good();

	strcpy(l.hash_alg, "sha1");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "hash algorithm 'sha1'");
}

Test(signature, trailing_bytes, .init = setup)
{
	layout l = good();

	l.trailing = 1;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "1 bytes after the signature");
	l.trailing = 100;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "100 bytes after the signature");
}

Test(signature, ed25519_fields_of_the_wrong_size, .init = setup)
{
	layout l = good();

	l.key_len = 31;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "not 32 bytes");
	l = good();
	l.key_len = 0;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "not 32 bytes");
	l = good();
	l.sig_len = 63;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "not 64 bytes");
	l = good();
	l.sig_len = 0;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "not 64 bytes");
	l = good();
	strcpy(l.sig_type, "ssh-rsa");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "does not match");
	l = good();
	strcpy(l.key_type, "");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "not a readable name");
	l = good();
	strcpy(l.key_type, "ssh\x01rsa");
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, "not a readable name");
}

/* Lengths that claim more than the buffer holds, up to 4 GiB. */
Test(signature, lengths_beyond_the_buffer, .init = setup)
{
	static const long lengths[] = {0xffffffffL, 0x80000000L, 0x7fffffffL, 1000000L, 52L};
	layout l;

	for (size_t i = 0; i < sizeof(lengths) / sizeof(lengths[0]); i++) {
		l = good();
		l.publickey_len = lengths[i];
		expect_state(verify_layout(&l), CL_SIG_MALFORMED, NULL);
	}
	/* A zero-length publickey string: the rest is read as the wrong fields. */
	l = good();
	l.publickey_len = 0;
	expect_state(verify_layout(&l), CL_SIG_MALFORMED, NULL);
}

/* Every cut of the blob, and of the armored text: never valid, never a
 * crash. */
Test(signature, every_truncation, .init = setup)
{
	layout l = good();
	cl_buf blob = CL_BUF_INIT;
	char *text;
	size_t full;

	make_blob(&blob, &l);
	full = blob.len;
	cl_buf_free(&blob);
	for (size_t n = 1; n < full; n++) {
		l.truncate_blob = n;
		expect_state(verify_layout(&l), CL_SIG_MALFORMED, NULL);
	}
	l.truncate_blob = 0;
	make_blob(&blob, &l);
	text = armor(blob.ptr, blob.len);
	for (size_t n = 0; n < strlen(text); n++) {
		cl_signature s;

		cl_signature_verify(&s, text, n, commit_bytes, strlen(commit_bytes));
		cr_expect_neq(s.state, CL_SIG_VALID, "cut at %zu verified", n);
	}
	free(text);
	cl_buf_free(&blob);
}

/* Any single byte of the blob changed: never valid. */
Test(signature, every_byte_changed, .init = setup)
{
	layout l = good();
	cl_buf blob = CL_BUF_INIT;

	make_blob(&blob, &l);
	for (size_t i = 0; i < blob.len; i++) {
		for (int bit = 0; bit < 8; bit += 3) {
			char *text;
			cl_signature s;

			blob.ptr[i] ^= (char)(1 << bit);
			text = armor(blob.ptr, blob.len);
			s = verify_text(text, commit_bytes);
			cr_expect_neq(s.state, CL_SIG_VALID, "byte %zu bit %d changed and it still verified",
			              i, bit);
			free(text);
			blob.ptr[i] ^= (char)(1 << bit);
		}
	}
	cl_buf_free(&blob);
}

Test(signature, huge_and_empty_inputs)
{
	size_t n = 70 * 1024;
	char *big = cl_malloc(n + 1);
	cl_signature s;

	memset(big, 'A', n);
	big[n] = '\0';
	memcpy(big, "-----BEGIN SSH SIGNATURE-----\n", 30);
	cl_signature_verify(&s, big, n, commit_bytes, strlen(commit_bytes));
	expect_state(s, CL_SIG_MALFORMED, "64 KiB");
	free(big);
	cl_signature_verify(&s, "", 0, "", 0);
	expect_state(s, CL_SIG_MALFORMED, NULL);
}

/* ---- public keys, as people.yml holds them ---- */

Test(signature, public_key_lines)
{
	cl_ssh_key key;
	cl_error err;

	cr_assert_eq(
	        cl_ssh_key_parse(
	                &key,
	                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g "
	                "dana@laptop",
	                &err),
	        0, "%s", err.message);
	cr_expect_str_eq(key.type, "ssh-ed25519");
	cr_expect_eq(key.blob_len, 51);
	cl_ssh_key_free(&key);
	cl_ssh_key_free(NULL);
	cr_expect_eq(cl_ssh_key_parse(&key, "", &err), -1);
	cr_expect_eq(cl_ssh_key_parse(&key, "ssh-ed25519 ====", &err), -1);
	cr_expect_eq(cl_ssh_key_parse(
	                     &key,
	                     "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g",
	                     &err),
	             -1);
	cr_expect_not_null(strstr(err.message, "'ssh-rsa' but its data is a 'ssh-ed25519' key"), "%s",
	                   err.message);
	cl_ssh_key_free(&key);
}
