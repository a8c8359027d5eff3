/*
 * run.c: one lint of a repository, from discovery to sorted findings, as
 * a pipeline of stages: open the repository and choose the source; read
 * the configuration, people and baseline (inputs.c); resolve the PATHs
 * (paths.c); list and read the files while the history is walked
 * (read.c, walk.c); run the rules (lint.c); narrow what is reported
 * (narrow.c) and collect the status rows (status.c, requirements.c).
 *
 * Everything that makes the run impossible (no repository, a broken
 * configuration, an unknown revision, a PATH outside the repository) is
 * an error the caller turns into exit status 2; everything wrong with the
 * documents is a finding.
 */
#include "engine/run.h"

#include <stdlib.h>
#include <string.h>

static void free_state(cl_run_state *st)
{
	cl_history_free(st->history);
	for (size_t i = 0; i < st->document_count; i++)
		cl_document_free(st->documents[i]);
	free(st->documents);
	cl_strvec_free(&st->files);
	cl_strvec_free(&st->report_paths);
	cl_people_free(&st->people);
	cl_config_free(&st->config);
	cl_baseline_free(st->baseline);
	cl_run_free_trust(st);
	cl_run_free_lost(st);
	cl_strvec_free(&st->gone);
	cl_repo_free(st->walk_repo);
	cl_repo_free(st->repo);
}

static int prepare(cl_run_state *st, const cl_run_options *opts, cl_error *err)
{
	if (cl_repo_open(&st->repo, ".", err) < 0)
		return -1;
	if (cl_repo_select(st->repo, opts->source, opts->rev, err) < 0)
		return -1;
	if (cl_run_load_inputs(st, opts, err) < 0 || cl_run_resolve_paths(st, opts, err) < 0)
		return -1;
	/* A shallow clone may end before the merge base (and libgit2 1.5
	 * leaks when its search runs into the cut): history-shallow says
	 * why, and every document is reported, so nothing is skipped on a
	 * guess. */
	st->changed_since = opts->changed_since && !cl_repo_is_shallow(st->repo);
	if (st->changed_since && cl_repo_set_base(st->repo, opts->changed_since, err) < 0)
		return -1;
	/* What decides whether approvals count changed: every document's
	 * verdict may have, so every document is reported. */
	if (st->changed_since && cl_run_trust_changed_since_base(st))
		st->changed_since = 0;
	if (opts->changed_since && st->chain.started)
		st->trust.starts_in_change = !cl_repo_base_contains(st->repo, st->chain.first_commit);
	if (cl_repo_list_files(&st->files, st->repo, err) < 0 || cl_run_check_paths(st, opts, err) < 0)
		return -1;
	st->staged_only = opts->source == CL_SOURCE_INDEX && !opts->path_count;
	if (cl_run_find_gone(st, err) < 0 || cl_run_read_documents(st, opts, err) < 0)
		return -1;
	return st->history ? cl_run_find_lost(st, err) : 0;
}

int cl_run(cl_run_result *out, const cl_run_options *opts, cl_error *err)
{
	cl_run_state st;
	cl_lint lint;
	size_t baselined;

	memset(out, 0, sizeof(*out));
	memset(&st, 0, sizeof(st));
	st.rules = opts->rules;
	st.progress = opts->progress;
	if (prepare(&st, opts, err) < 0) {
		free_state(&st);
		return -1;
	}
	memset(&lint, 0, sizeof(lint));
	lint.config = &st.config;
	lint.people = &st.people;
	lint.documents = st.documents;
	lint.document_count = st.document_count;
	lint.files = &st.files;
	lint.today = opts->today;
	lint.findings = &out->findings;
	lint.shallow = cl_repo_is_shallow(st.repo);
	lint.history_read = st.history != NULL;
	lint.staged = opts->source == CL_SOURCE_INDEX;
	lint.trust = &st.trust;
	lint.lost = st.lost;
	lint.lost_count = st.lost_count;
	lint.refused = cl_history_refused(st.history, &lint.refused_count);
	cl_lint_index_ids(&lint);
	cl_lint_run(&lint, opts->rules);
	if (opts->want_status)
		cl_run_collect_status(out, &lint, &st);
	if (opts->want_requirements)
		cl_run_collect_requirements(out, &lint, &st);
	cl_lint_free_ids(&lint);
	cl_run_narrow_findings(&out->findings, &st);
	cl_run_reported_documents(&out->documents, &st);
	if (opts->want_files)
		cl_run_collect_files(out, &st);
	/* After the fingerprints (set in sorting: the baseline's were set on
	 * the whole list too) and after PATHs narrowed the report, so that
	 * only what would be reported counts as held back. */
	baselined = cl_baseline_filter(st.baseline, &out->findings);
	cl_summary_count(&out->summary, &out->findings, out->documents.count);
	cl_run_count_skipped(&out->summary, &st);
	out->summary.has_baseline = st.baseline != NULL;
	out->summary.baselined = baselined;
	out->framework = cl_strdup(st.config.framework);
	out->root = cl_repo_workdir(st.repo) ? cl_run_real_workdir(st.repo) : NULL;
	free_state(&st);
	return 0;
}

void cl_run_result_free(cl_run_result *result)
{
	if (!result)
		return;
	cl_findings_free(&result->findings);
	cl_strvec_free(&result->documents);
	free(result->root);
	cl_status_rows_free(result);
	cl_requirements_free(result);
	cl_files_free(result);
	free(result->framework);
	memset(result, 0, sizeof(*result));
}
