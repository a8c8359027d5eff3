/*
 * trust.h: the chain of trust (docs/approvals.md, "What decides whether
 * an approval counts"). The configuration, the people registry, .mailmap
 * and a baseline kept in the repository decide whether an approval
 * counts, so each is itself approved: the version in force is the newest
 * one approved by top management as the versions in force before it
 * define top management (and, with require_signature, signed by a key
 * they list). The first approval of any of them starts the chain and
 * puts every one of them in force as that commit has it: that is what
 * the chain trusts on first use, unless an anchor from outside the
 * repository (an allowed_signers file) must have signed it.
 */
#ifndef CL_TRUST_H
#define CL_TRUST_H

#include "config/config.h"
#include "config/people.h"
#include "repo/repo.h"

typedef enum {
	CL_TRUST_CONFIG,
	CL_TRUST_PEOPLE,
	CL_TRUST_MAILMAP,
	CL_TRUST_BASELINE,
	CL_TRUST_KINDS
} cl_trust_kind;

/* "configuration", "people registry", "mailmap", "baseline". */
const char *cl_trust_kind_name(cl_trust_kind kind);

/* The version of a trust input in force. */
typedef struct {
	int in_force;          /* some version was approved */
	int exists;            /* it is a file (0: its removal was approved) */
	char blob[CL_OID_HEX]; /* when it exists */
	char *path;            /* where it was approved */
	char commit[CL_OID_HEX];
	cl_date date;
	char *approved_by; /* the top-management approvers' names, comma-separated */
} cl_trust_version;

/* Keys trusted from outside the repository: lines of ssh-keygen's
 * allowed_signers format, `principals [options] keytype base64 [comment]`. */
typedef struct {
	cl_strvec principals; /* e-mail patterns (*, ?), comma-separated in the file */
	cl_ssh_key key;
} cl_anchor_key;

typedef struct {
	char *path;
	cl_anchor_key *keys;
	size_t count;
} cl_anchor;

/* Parses an allowed_signers file; `path` is used in messages. -1 with
 * "path:line: reason" in err. The caller frees *out with cl_anchor_free,
 * also after a failure. */
int cl_anchor_parse(cl_anchor *out, const char *text, size_t len, const char *path, cl_error *err);
/* Frees what the anchor holds (not the struct itself). */
void cl_anchor_free(cl_anchor *anchor);

typedef struct {
	/* -c FILE from outside the repository: the operator's, judging every
	 * approval; NULL: the repository's own configuration, in force. */
	const cl_config *fixed_config;
	/* -c FILE inside the repository: its path; NULL: .clauselint.yml (or
	 * .clauselint.yaml). */
	const char *config_path;
	/* --baseline FILE inside the repository, or NULL. */
	const char *baseline_path;
	/* --trust-anchor FILE: the approval that starts the chain must be
	 * signed by one of its keys. NULL: the first approval is trusted. */
	const cl_anchor *anchor;
} cl_trust_options;

typedef struct {
	cl_trust_version in_force[CL_TRUST_KINDS];
	int started;                   /* some approval started the chain */
	char first_commit[CL_OID_HEX]; /* that approval */
	/* Per trust input, the approvals of it that didn't count since its
	 * version in force came into force (or ever, when none did), oldest
	 * first, each "COMMIT: why": the trust rule says why the change is
	 * still not in force. */
	cl_strvec refused[CL_TRUST_KINDS];
} cl_trust;

/*
 * Walks the history of the linted revision, oldest first, for the
 * approvals of trust inputs, and says which version of each is in force.
 * The repository must not be shallow. -1 only when the repository can't
 * be read. The caller frees *out with cl_trust_clear, also after a
 * failure.
 */
int cl_trust_read(cl_trust *out, cl_repo *repo, const cl_trust_options *opts, cl_error *err);
/* Frees what the result holds (not the struct itself). */
void cl_trust_clear(cl_trust *trust);

#endif
