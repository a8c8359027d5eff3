/*
 * gitrepo.h: real git repositories for the unit tests of the stages that
 * read git (repo/, history/, engine/), built with the git CLI in a
 * temporary folder, at fixed dates and with fixed identities.
 */
#ifndef CL_TEST_GITREPO_H
#define CL_TEST_GITREPO_H

/* A new empty repository (git init, branch main) in a temporary folder;
 * returns its path, which the caller frees with gitrepo_remove. The
 * process's git configuration is the test's own from then on. */
char *gitrepo_new(void);
/* Runs `script` (sh) in `dir`; the test fails when it fails. The script
 * sees $AT (a function: `at 2026-03-01` sets the dates of later commits)
 * and $AS (`as NAME EMAIL`). */
void gitrepo_sh(const char *dir, const char *script);
/* What `script` prints on standard output (trailing newline removed);
 * the caller frees it. */
char *gitrepo_out(const char *dir, const char *script);
/* Removes the folder and everything in it. */
void gitrepo_remove(char *dir);

#endif
