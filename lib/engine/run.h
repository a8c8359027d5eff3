/*
 * run.h: what the stages of a run (run.c and the files it calls) share:
 * the state a run builds up, and each stage's entry point.
 */
#ifndef CL_RUN_H
#define CL_RUN_H

#include "engine/lint.h"
#include "engine/rows.h"
#include "findings/baseline.h"
#include "history/history.h"
#include "history/trust.h"
#include "model/lifecycle.h"
#include "model/trust.h"
#include "repo/repo.h"

#include <pthread.h>

/* Everything a run has read, freed together when it ends. */
typedef struct {
	const cl_ruleset *rules;
	cl_repo *repo;
	cl_config config;
	cl_people people;
	cl_strvec files;
	/* Markdown files left out before reading (reported ones only), by
	 * reason: CL_SKIP_EXCLUDED and CL_SKIP_BUILT_IN. */
	size_t left_out[CL_SKIP_REASONS];
	cl_strvec report_paths; /* repository-relative prefixes; empty: all */
	int changed_since;      /* report only documents changed since the base */
	cl_document **documents;
	size_t document_count;
	cl_history *history;
	cl_baseline *baseline;
	/* The trust inputs (inputs.c): the chain read from the history, what
	 * the rules are told of it, the anchor, and the .mailmap in force. */
	cl_trust chain;
	cl_trust_state trust;
	cl_anchor anchor;
	int has_anchor;
	char *mailmap;
	size_t mailmap_len;
	/* Where each trust input is in the walk's documents, or SIZE_MAX. */
	size_t trust_history_index[CL_TRUST_KINDS];
	/* The walk's repository handle, kept for reading versions beside
	 * the run's own (versions.c), or NULL. */
	cl_repo *walk_repo;
	/* The documents that left what is in force (lifecycle.c). */
	cl_lost_document *lost;
	size_t lost_count;
	/* --staged without PATHs: only the changes being committed. */
	int staged_only;
	/* Under --changed-since or --staged alone, the Markdown files the
	 * change removed (gone.c): the only paths whose leaving the walk
	 * follows. has_gone 0: every path's. */
	cl_strvec gone;
	int has_gone;
	cl_progress *progress; /* opts->progress */
} cl_run_state;

/* A Markdown file as read, before it is parsed. */
typedef struct {
	const char *path;
	char *data;
	size_t len;
	cl_read_result result;
	char blob[CL_OID_HEX];
	int staged_change;    /* --staged: its blob isn't HEAD's */
	size_t history_index; /* in the walk's documents, or SIZE_MAX */
	int evidence_only;    /* its history is read only as evidence */
	/* Decided from the bytes when they were first read (walk.c): whether
	 * its front matter may name an evidence type. */
	int may_be_evidence;
	/* Its bytes were let go after hashing, to be read again when it is
	 * parsed (read.c); 0: `data` holds them. */
	int reread;
	/* A working-tree file's stamp from before the first reading, or
	 * has_stamp 0: what spares the second reading a second hash. */
	cl_file_stamp stamp;
	int has_stamp;
} raw_file;

/* Whether a file's front matter may say it is of a type whose approval
 * is evidence (walk.c): decided from its bytes before they are parsed. */
int cl_run_may_be_evidence(const char *data, size_t len);

/* The history walk, run beside the parsing on a repository handle of its
 * own (libgit2 objects must not cross threads). */
typedef struct {
	cl_repo *repo;
	const cl_config *config;
	const cl_people *people;
	cl_mailmap_text mailmap;
	cl_walk_inputs inputs;
	cl_content_id *ids;
	size_t count;
	cl_history *history;
	int verify; /* check signatures: require_signature, or status shows them */
	cl_error err;
	int rc;
} history_job;

/* ---- inputs.c ---- */

/* The configuration, people registry, .mailmap and baseline the run
 * judges by: the versions in force (or, while none was approved, the
 * linted source's), and what the trust rule is told of each. */
int cl_run_load_inputs(cl_run_state *st, const cl_run_options *opts, cl_error *err);
/* Whether a trust input differs from the base of --changed-since: then
 * every document is reported. */
int cl_run_trust_changed_since_base(cl_run_state *st);
void cl_run_free_trust(cl_run_state *st);

/* ---- paths.c ---- */

/* The PATH arguments as repository-relative prefixes. */
int cl_run_resolve_paths(cl_run_state *st, const cl_run_options *opts, cl_error *err);
/* A PATH that names nothing clauselint lints is a mistake to say, not an
 * empty report to pass. */
int cl_run_check_paths(cl_run_state *st, const cl_run_options *opts, cl_error *err);
/* Whether the PATHs report the file at `path`. */
int cl_run_is_reported(const cl_run_state *st, const char *path);
/* The working tree's root with symbolic links resolved, with a trailing
 * '/'. The caller frees it. */
char *cl_run_real_workdir(cl_repo *repo);
/* `abs` relative to `workdir` (which ends in '/'), or NULL when it lies
 * outside. The caller frees it. */
char *cl_run_relative_to(const char *workdir, const char *abs);

/* ---- read.c, walk.c ---- */

/* Reads and parses every Markdown file, and their history beside. */
int cl_run_read_documents(cl_run_state *st, const cl_run_options *opts, cl_error *err);
/* Starts the walk for the files whose history is wanted: 1 when it runs
 * in a thread, 0 when it has run here already, -1 when the repository
 * can't be opened a second time. */
int cl_run_start_history(cl_run_state *st, history_job *job, pthread_t *thread, raw_file *raws, size_t n,
                         const cl_run_options *opts, cl_error *err);
/* Waits for the walk and keeps its history in `st`. */
int cl_run_finish_history(cl_run_state *st, history_job *job, pthread_t thread, int threaded, cl_error *err);
/* Each document's history, by the index its file had in the walk. */
void cl_run_attach_history(cl_run_state *st, const size_t *history_index);

/* ---- versions.c ---- */

/* The version of the document at `path` that the blob `blob` holds,
 * front matter only; NULL when it can't be read. */
cl_document *cl_run_read_version(const cl_config *config, cl_repo *repo, const char *path, const char *blob);

/* Each document's `prior`: the version in force before its current
 * content, by the chain of its approvals; on two cores when `second`, a
 * handle of the same repository, is given. */
void cl_run_read_versions(cl_run_state *st, cl_repo *second);

/* ---- read.c ---- */

/* Whether the configuration reads `path` as Markdown. */
int cl_run_is_markdown(const cl_config *config, const char *path);
/* CL_SKIP_NONE when it does; CL_SKIP_EXCLUDED or CL_SKIP_BUILT_IN when
 * `include` takes it and something leaves it out; -1 when no `include`
 * glob takes it (it is no Markdown to clauselint). */
int cl_run_markdown_skip(const cl_config *config, const char *path);

/* ---- gone.c ---- */

/* st->gone: under --changed-since, the Markdown files the base has and
 * the source hasn't; under --staged alone, those HEAD has and the index
 * hasn't. -1 when the repository fails. */
int cl_run_find_gone(cl_run_state *st, cl_error *err);

/* ---- lifecycle.c ---- */

/* The documents whose version in force is no document of the linted
 * content, and that the report covers; -1 when the repository fails. */
int cl_run_find_lost(cl_run_state *st, cl_error *err);
void cl_run_free_lost(cl_run_state *st);

/* ---- narrow.c ---- */

/* Leaves out the findings the PATHs and --changed-since don't report. */
void cl_run_narrow_findings(cl_findings *list, const cl_run_state *st);
/* The documents the summary counts. */
void cl_run_reported_documents(cl_strvec *out, const cl_run_state *st);
/* ---- files.c ---- */

/* out->files: every Markdown file the PATH arguments name, and what
 * clauselint makes of it. */
void cl_run_collect_files(cl_run_result *out, const cl_run_state *st);
void cl_files_free(cl_run_result *result);

/* The summary's counts of Markdown files not governed, by reason. */
void cl_run_count_skipped(cl_summary *out, const cl_run_state *st);
/* The status and requirement rows, narrowed by the PATHs like findings. */
void cl_run_collect_status(cl_run_result *out, const cl_lint *lint, const cl_run_state *st);
void cl_run_collect_requirements(cl_run_result *out, const cl_lint *lint, const cl_run_state *st);

#endif
