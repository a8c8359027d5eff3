/*
 * trust.c: trust-input-unapproved.
 *
 * Clause 5.1 and 5.3: top management assigns the authorities, and an
 * approval is only as good as the registry that says who holds them. The
 * configuration, the people registry, .mailmap and a baseline kept in
 * the repository decide whether every other approval counts; a change to
 * them that nobody in top management approved is the finding this rule
 * prevents: a pull request that makes its author the CEO, adds their key,
 * switches signatures off or excludes the policies. The versions in force
 * are used instead (docs/approvals.md), and this says so.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const cl_rule trust_input_unapproved = {
        "trust-input-unapproved",
        CL_SEV_ERROR,
        "5.1, 5.3",
        "a change to the configuration, the people registry, .mailmap or a baseline in the repository is not approved by top management",
        "What it checks: the configuration (.clauselint.yml), the people registry\n"
        "(people.yml), .mailmap and a --baseline kept in the repository are, as the\n"
        "linted source has them, the versions in force: the newest approved by top\n"
        "management as the versions in force before them say who top management is\n"
        "(and, with require_signature, signed with a key they list). The first\n"
        "approval of any of them starts this chain of trust.\n\n"
        "Why: these files decide whether every other approval counts. If a change\n"
        "could edit them, it could make its author the CEO, add their key, map their\n"
        "e-mail to the CEO's, switch signatures or rules off, or exclude the policies,\n"
        "and then approve itself: clause 5.1 and 5.3 ask that top management assign\n"
        "the authorities, not whoever can push. So a change to them counts only once\n"
        "top management approves it; until then the versions in force are used, and\n"
        "this finding says so. A repository adopting clauselint has no version in\n"
        "force yet: its files are used as they stand, and this finding stays until\n"
        "top management approves them.\n\n"
        "Passing example: the CEO approves the registry that adds a key, as it is\n"
        "committed:\n\n"
        "    git commit -S --allow-empty -m \"Approve the people registry\" \\\n"
        "      --trailer \"Approved-by: Dana Whitfield <dana@example.com>\" \\\n"
        "      --trailer \"Approves: people.yml\"\n\n"
        "How to fix: have someone in top management (as the registry in force says)\n"
        "approve the change with the command the finding gives, or revert it.\n",
        CL_TAG_REPOSITORY | CL_TAG_APPROVAL,
};

static void approve_command(cl_buf *out, const cl_lint *lint, const cl_trust_input *in)
{
	char *what = cl_printf("the %s%s", in->exists ? "" : "removal of the ", cl_trust_kind_name(in->kind));

	cl_approve_path_command(out, lint, what, in->path, cl_top_manager(lint), "top management");
	free(what);
}

/* "it was VERB in 1234abc "Subject" by Name <email> on DATE" (changed,
 * added), or what can be said when the walk didn't find the commit (a
 * removed file isn't followed). */
static void describe_change(cl_buf *out, const cl_trust_input *in, const char *verb)
{
	const cl_doc_history *h = in->history;
	char in_commit[8], day[11];

	if (!in->exists) {
		cl_buf_puts(out, "it was removed");
		return;
	}
	if (!h || !h->has_change) {
		cl_buf_printf(out, "it was %s since", verb);
		return;
	}
	if (h->uncommitted) {
		cl_buf_puts(out, "it has changes not committed yet");
		return;
	}
	cl_short_commit(in_commit, h->change.commit);
	cl_date_format(day, h->change.date);
	cl_buf_printf(out, "it was %s in %s \"%s\" by %s <%s> on %s", verb, in_commit, h->change.subject,
	              h->change.author.name, h->change.author.email, day);
}

/* Why the newest approval of the change didn't count, when one didn't. */
static void describe_refusal(cl_buf *out, const cl_lint *lint, cl_trust_kind kind)
{
	const cl_strvec *refused = lint->trust->chain ? &lint->trust->chain->refused[kind] : NULL;

	const char *last, *why;

	if (!refused || !refused->count)
		return;
	/* Entries are "COMMIT: why" (lib/history/trust.h). */
	last = refused->items[refused->count - 1];
	why = strstr(last, ": ");
	if (why)
		cl_buf_printf(out, " (the approval in %.*s didn't count: %s)", (int)(why - last), last,
		              why + 2);
}

static void check_input(cl_lint *lint, const cl_trust_input *in)
{
	const cl_trust_version *v = in->in_force;
	cl_buf change = CL_BUF_INIT, refusal = CL_BUF_INIT, cmd = CL_BUF_INIT;
	char approved[8], day[11];
	const char *kind = cl_trust_kind_name(in->kind);

	approve_command(&cmd, lint, in);
	describe_refusal(&refusal, lint, in->kind);
	if (!v) {
		cl_fire_at(
		        lint, &trust_input_unapproved, in->path, in->staged_change,
		        "%s (the %s) has never been approved by top management, so nothing vouches for what it says: it is used as it stands until they approve it%s: %s",
		        in->path, kind, refusal.ptr ? refusal.ptr : "", cmd.ptr);
	} else if (!v->exists) {
		describe_change(&change, in, "added");
		cl_short_commit(approved, v->commit);
		cl_fire_at(
		        lint, &trust_input_unapproved, in->path, in->staged_change,
		        "%s (the %s) is not in force: the chain of trust has no approved version of it (%s approved its absence), %s, and top management has not approved it%s; until they do it is not used: %s",
		        in->path, kind, approved, change.ptr, refusal.ptr ? refusal.ptr : "", cmd.ptr);
	} else {
		describe_change(&change, in, "changed");
		cl_short_commit(approved, v->commit);
		cl_date_format(day, v->date);
		cl_fire_at(
		        lint, &trust_input_unapproved, in->path, in->staged_change,
		        "%s (the %s) is not the version in force, approved by %s on %s (%s): %s, and top management has not approved that%s; the version in force is used until they do: %s",
		        in->path, kind, v->approved_by, day, approved, change.ptr,
		        refusal.ptr ? refusal.ptr : "", cmd.ptr);
	}
	cl_buf_free(&change);
	cl_buf_free(&refusal);
	cl_buf_free(&cmd);
}

/* --changed-since: the chain's first approval is part of the change, so
 * the change would vouch for itself. */
static void check_start(cl_lint *lint)
{
	const cl_trust *chain = lint->trust->chain;
	const cl_trust_input *config = &lint->trust->inputs[CL_TRUST_CONFIG];
	char first[8];

	if (!lint->trust->starts_in_change || !chain)
		return;
	cl_short_commit(first, chain->first_commit);
	cl_fire_at(
	        lint, &trust_input_unapproved, config->exists ? config->path : NULL, 0,
	        "the chain of trust starts in the change being checked (%s, the first approval of the configuration and people registry, is not in the base): a change can't vouch for itself; have top management approve them on the default branch first, or give CI a --trust-anchor",
	        first);
}

static void check_trust(cl_lint *lint)
{
	/* A shallow clone, or no commit: what is in force can't be told
	 * (history-shallow says why), and a guess would be a false finding. */
	if (!lint->trust || !lint->trust->chain)
		return;
	for (int k = 0; k < CL_TRUST_KINDS; k++)
		if (cl_trust_input_unapproved(&lint->trust->inputs[k]))
			check_input(lint, &lint->trust->inputs[k]);
	check_start(lint);
}

const cl_rule_group cl_group_trust = CL_RULE_GROUP(check_trust, &trust_input_unapproved);
