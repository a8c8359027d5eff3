/*
 * glob.h: the configuration's include, exclude and governed patterns.
 */
#ifndef CL_GLOB_H
#define CL_GLOB_H

#include "util/util.h"

/*
 * Matches a repository-relative path ('/'-separated, no leading '/')
 * against a glob in the gitignore dialect: `*` and `?` and `[...]` never
 * match '/', a `**` component matches any run of directories (alone,
 * leading, trailing or in the middle of a pattern), a pattern
 * without '/' matches the last path component at any depth, a leading '/'
 * anchors at the root, a trailing '/' matches a directory and everything
 * under it. Returns 1 on a match, else 0.
 */
int cl_glob_match(const char *pattern, const char *path);
/* 1 when any of the patterns matches. */
int cl_glob_match_any(const cl_strvec *patterns, const char *path);
/* The longest pattern accepted. Matching one path costs at most the
 * pattern's length times the path's (glob.c); real patterns are tens of
 * bytes, and a 12 KB one once took 27 s over a repository. */
#define CL_MAX_GLOB_BYTES 1024

/* 0 when `pattern` is well formed, else -1 with a reason in err
 * (an unclosed '[', an empty pattern). */
int cl_glob_check(const char *pattern, cl_error *err);

#endif
