/*
 * init.c: `clauselint init`, a starter ISMS that passes every rule once
 * top management has approved it.
 *
 * A new ISMS fails clause 5 and control A.5.4 in predictable ways: a
 * policy without its commitments, no one assigned 5.3 a and b, no senior
 * management statement, no evidence that management approved resources,
 * reviewed the ISMS, trained and acknowledged the policy like everyone
 * else. The starter set has each piece, so a team starts from a
 * repository that passes and adapts it, not from a blank page.
 *
 * The rest of clauselint never writes to a repository; this does, so it
 * is careful: everything is rendered and every path checked before the
 * first byte is written, files are created with O_EXCL, and a failure
 * while writing removes what was written.
 */
#include "init/init.h"
#include "repo/repo_git.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern const cl_template cl_init_templates[];
extern const size_t cl_init_template_count;

const cl_template *cl_template_find(const char *name)
{
	for (size_t i = 0; i < cl_init_template_count; i++)
		if (strcmp(cl_init_templates[i].name, name) == 0)
			return &cl_init_templates[i];
	return NULL;
}

/* Which template becomes which file, in the order written; `approve`
 * marks what the CEO's first approval names: everything, the
 * configuration and registry that start the chain of trust, the
 * documents, and the records, which are evidence only once approved
 * (docs/approvals.md). people.yml's template depends on whether one
 * person wears both hats. */
static const struct {
	const char *template;
	const char *path; /* rendered too: {{date}} */
	int approve;
} starter[] = {
        {"clauselint.yml", ".clauselint.yml", 1},
        {NULL, "people.yml", 1},
        {"information-security-policy.md", "policies/information-security-policy.md", 1},
        {"roles-and-responsibilities.md", "policies/roles-and-responsibilities.md", 1},
        {"management-statement.md", "policies/management-statement.md", 1},
        {"management-review.md", "records/management-review-{{date}}.md", 1},
        {"resource-approval.md", "records/resource-approval-{{date}}.md", 1},
        {"security-training.md", "records/security-training-{{date}}.md", 1},
        {"acknowledgement-POL-001-1.0.md", "records/acknowledgement-POL-001-1.0.md", 1},
};

#define STARTER_COUNT (sizeof(starter) / sizeof(starter[0]))

void cl_init_people_free(cl_init_people *people)
{
	if (!people)
		return;
	free(people->ceo_name);
	free(people->ceo_email);
	free(people->lead_name);
	free(people->lead_email);
	memset(people, 0, sizeof(*people));
}

void cl_init_result_free(cl_init_result *result)
{
	if (!result)
		return;
	free(result->root);
	cl_init_people_free(&result->people);
	cl_strvec_free(&result->written);
	cl_strvec_free(&result->approve);
	memset(result, 0, sizeof(*result));
}

/* ---- people ---- */

static int is_control(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Why `name` can't stand in people.yml and in an Approved-by trailer, or
 * NULL when it can. */
static const char *name_problem(const char *name)
{
	if (!*name)
		return "the name is empty";
	if (!cl_utf8_valid(name, strlen(name), NULL))
		return "the name is not valid UTF-8";
	for (const char *p = name; *p; p++) {
		if (is_control((unsigned char)*p))
			return "the name has a control character";
		if (*p == '<' || *p == '>')
			return "the name has '<' or '>'";
	}
	return NULL;
}

static const char *email_problem(const char *email)
{
	if (!*email)
		return "the e-mail is empty";
	if (!cl_utf8_valid(email, strlen(email), NULL))
		return "the e-mail is not valid UTF-8";
	for (const char *p = email; *p; p++)
		if (is_control((unsigned char)*p) || is_blank(*p) || *p == '<' || *p == '>')
			return "the e-mail has a space, a control character, '<' or '>'";
	if (!strchr(email, '@'))
		return "the e-mail has no '@'";
	return NULL;
}

int cl_init_parse_person(char **name, char **email, const char *s, cl_error *err)
{
	const char *lt = strchr(s, '<');
	const char *gt = lt ? strchr(lt, '>') : NULL;
	const char *start = s, *end = s + strlen(s), *name_end = lt;
	const char *problem;

	*name = *email = NULL;
	for (const char *p = s; *p; p++) {
		if (is_control((unsigned char)*p)) {
			cl_error_set(err, "expected \"Name <email>\"; this has a control character");
			return -1;
		}
	}
	while (start < end && is_blank(*start))
		start++;
	while (end > start && is_blank(end[-1]))
		end--;
	if (!lt || !gt || gt + 1 != end) {
		cl_error_set(
		        err,
		        "expected \"Name <email>\", e.g. \"Dana Whitfield <dana@example.com>\", not '%s'", s);
		return -1;
	}
	while (name_end > start && is_blank(name_end[-1]))
		name_end--;
	*name = cl_strndup(start, (size_t)(name_end - start));
	*email = cl_strndup(lt + 1, (size_t)(gt - lt - 1));
	problem = name_problem(*name);
	if (!problem)
		problem = email_problem(*email);
	if (problem) {
		cl_error_set(err, "'%s': %s", s, problem);
		free(*name);
		free(*email);
		*name = *email = NULL;
		return -1;
	}
	return 0;
}

/* user.name and user.email from the git configuration the repository
 * sees (its own, the user's, the system's). Both NULL when either is
 * unset or empty; -1 when one is set to something unusable. */
static int git_identity(char **name, char **email, git_repository *repo, cl_error *err)
{
	git_config *cfg = NULL;
	const char *value = NULL;
	const char *problem = NULL;
	const char *key = "user.name";
	int rc = 0;

	*name = *email = NULL;
	if (git_repository_config_snapshot(&cfg, repo) < 0) {
		cl_git_error(err, "cannot read the git configuration");
		return -1;
	}
	if (git_config_get_string(&value, cfg, "user.name") == 0 && *value)
		*name = cl_strdup(value);
	if (git_config_get_string(&value, cfg, "user.email") == 0 && *value)
		*email = cl_strdup(value);
	git_config_free(cfg);
	if (!*name || !*email) {
		free(*name);
		free(*email);
		*name = *email = NULL;
		return 0;
	}
	problem = name_problem(*name);
	if (!problem) {
		key = "user.email";
		problem = email_problem(*email);
	}
	if (problem) {
		cl_error_set(
		        err,
		        "git config %s can't name a person in people.yml: %s; correct it with git config",
		        key, problem);
		free(*name);
		free(*email);
		*name = *email = NULL;
		rc = -1;
	}
	return rc;
}

/* The CEO given, or the git user; the ISMS Lead is the git user, or the
 * CEO when there is no git user or it is the same e-mail. */
static int choose_people(cl_init_people *out, git_repository *repo, const cl_init_options *opts,
                         cl_error *err)
{
	char *name = NULL, *email = NULL;

	if (git_identity(&name, &email, repo, err) < 0)
		return -1;
	if (!opts->ceo_name && !name) {
		cl_error_set(
		        err,
		        "no git identity to put in people.yml: set user.name and user.email with git config, or pass --ceo \"Name <email>\"");
		return -1;
	}
	if (opts->ceo_name) {
		out->ceo_name = cl_strdup(opts->ceo_name);
		out->ceo_email = cl_strdup(opts->ceo_email);
	} else {
		out->ceo_name = cl_strdup(name);
		out->ceo_email = cl_strdup(email);
	}
	out->one_person = !name || cl_strcaseeq(email, out->ceo_email);
	out->lead_name = cl_strdup(out->one_person ? out->ceo_name : name);
	out->lead_email = cl_strdup(out->one_person ? out->ceo_email : email);
	free(name);
	free(email);
	return 0;
}

/* ---- rendering ---- */

typedef enum { CTX_PLAIN, CTX_YAML, CTX_MARKDOWN } context;

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Whether `s` reads back as the same text when written as a plain YAML
 * scalar, in block and in flow context: letters, digits, non-ASCII, and
 * a few marks that never start or end YAML syntax. */
static int yaml_plain_ok(const char *s)
{
	static const char *const special[] = {"null", "true", "false", "yes", "no", "on", "off", NULL};
	size_t n = strlen(s);

	if (!n || s[n - 1] == ' ')
		return 0;
	if (!(((unsigned char)*s >= 0x80) || (*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
	      (*s >= 'A' && *s <= 'Z')))
		return 0;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			continue;
		if (!strchr(" .-_@+'", c))
			return 0;
	}
	for (size_t i = 0; special[i]; i++)
		if (cl_strcaseeq(s, special[i]))
			return 0;
	return 1;
}

static void put_yaml(cl_buf *out, const char *s)
{
	if (yaml_plain_ok(s)) {
		cl_buf_puts(out, s);
		return;
	}
	cl_buf_putc(out, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			cl_buf_putc(out, '\\');
		cl_buf_putc(out, *p);
	}
	cl_buf_putc(out, '"');
}

/* Backslash before the ASCII marks that could start Markdown syntax
 * inside a line or end a table cell; CommonMark drops the backslash. */
static void put_markdown(cl_buf *out, const char *s)
{
	for (const char *p = s; *p; p++) {
		if (strchr("\\`*_[]<>|&~!#", *p))
			cl_buf_putc(out, '\\');
		cl_buf_putc(out, *p);
	}
}

static void put_value(cl_buf *out, context ctx, const char *s)
{
	if (ctx == CTX_YAML)
		put_yaml(out, s);
	else if (ctx == CTX_MARKDOWN)
		put_markdown(out, s);
	else
		cl_buf_puts(out, s);
}

/* The people with their roles, one or two. */
static size_t people_list(const cl_init_people *p, const char *names[2], const char *roles[2])
{
	if (p->one_person) {
		names[0] = p->ceo_name;
		roles[0] = "CEO and ISMS Lead";
		return 1;
	}
	names[0] = p->ceo_name;
	roles[0] = "CEO";
	names[1] = p->lead_name;
	roles[1] = "ISMS Lead";
	return 2;
}

static int expand(cl_buf *out, const char *key, size_t len, context ctx, const cl_init_people *p,
                  const char *date)
{
	const char *names[2], *roles[2];
	size_t n = people_list(p, names, roles);

#define IS(k) (len == strlen(k) && memcmp(key, k, len) == 0)
	if (IS("date"))
		cl_buf_puts(out, date);
	else if (IS("ceo_name"))
		put_value(out, ctx, p->ceo_name);
	else if (IS("ceo_email"))
		put_value(out, ctx, p->ceo_email);
	else if (IS("lead_name"))
		put_value(out, ctx, p->lead_name);
	else if (IS("lead_email"))
		put_value(out, ctx, p->lead_email);
	else if (IS("attendees")) {
		for (size_t i = 0; i < n; i++) {
			cl_buf_puts(out, i ? ", " : "");
			put_value(out, ctx, names[i]);
		}
	} else if (IS("people_roles")) {
		for (size_t i = 0; i < n; i++) {
			cl_buf_puts(out, i ? " and " : "");
			put_value(out, ctx, names[i]);
			cl_buf_printf(out, " (%s)", roles[i]);
		}
	} else if (IS("people_rows")) {
		for (size_t i = 0; i < n; i++) {
			cl_buf_puts(out, i ? "\n| " : "| ");
			put_value(out, ctx, names[i]);
			cl_buf_printf(out, " | %s |", date);
		}
	} else {
		return -1;
	}
#undef IS
	return 0;
}

int cl_init_render(cl_buf *out, const char *name, const char *text, const cl_init_people *people,
                   cl_date date, cl_error *err)
{
	int markdown = ends_with(name, ".md");
	int yaml = ends_with(name, ".yml") || ends_with(name, ".yaml");
	/* Markdown: 0 before the front matter, 1 in it, 2 after it. */
	int part = 0;
	char day[11];
	size_t line_no = 0;

	cl_date_format(day, date);
	for (const char *line = text; *line; line_no++) {
		const char *eol = strchr(line, '\n');
		const char *next = eol ? eol + 1 : line + strlen(line);
		size_t len = (size_t)((eol ? eol : next) - line);
		int fence = (len == 3 &&
		             (memcmp(line, "---", 3) == 0 || (part == 1 && memcmp(line, "...", 3) == 0)));
		context ctx = CTX_PLAIN;

		if (markdown) {
			if (line_no == 0 && fence)
				part = 1;
			else if (part == 1 && fence)
				part = 2;
			else if (line_no == 0)
				part = 2;
			ctx = part == 1 ? CTX_YAML : CTX_MARKDOWN;
		} else if (yaml) {
			ctx = CTX_YAML;
		}
		for (const char *p = line; p < next;) {
			const char *open = strstr(p, "{{");
			const char *close;

			if (!open || open >= next) {
				cl_buf_put(out, p, (size_t)(next - p));
				break;
			}
			cl_buf_put(out, p, (size_t)(open - p));
			close = strstr(open + 2, "}}");
			if (!close || close >= next ||
			    expand(out, open + 2, (size_t)(close - open - 2), ctx, people, day) < 0) {
				size_t shown = close && close < next ? (size_t)(close + 2 - open) : 2;

				cl_error_set(err, "template %s:%zu: unknown placeholder '%.*s'", name,
				             line_no + 1, (int)shown, open);
				return -1;
			}
			p = close + 2;
		}
		line = next;
	}
	return 0;
}

/* ---- checking and writing ---- */

static char *join(const char *root, const char *rel)
{
	return cl_printf("%s%s", root, rel);
}

/*
 * Whether `rel` can be created under `root`: 0 when it can; 1 when it
 * exists in any form (file, folder, link, dangling link); -1 with a
 * reason when something else than a folder stands where a folder goes,
 * or a path can't be checked.
 */
static int check_target(const char *root, const char *rel, cl_error *err)
{
	struct stat st;
	char *path;
	int rc = 0;

	for (const char *slash = strchr(rel, '/'); slash; slash = strchr(slash + 1, '/')) {
		char *dir = cl_strndup(rel, (size_t)(slash - rel));

		path = join(root, dir);
		if (lstat(path, &st) < 0) {
			if (errno != ENOENT) {
				cl_error_set(err, "cannot check %s: %s", dir, strerror(errno));
				rc = -1;
			}
			free(path);
			free(dir);
			return rc;
		}
		if (!S_ISDIR(st.st_mode)) {
			cl_error_set(
			        err,
			        "%s exists and is not a folder (%s needs one); clauselint init never overwrites",
			        dir, rel);
			rc = -1;
		}
		free(path);
		free(dir);
		if (rc < 0)
			return rc;
	}
	path = join(root, rel);
	if (lstat(path, &st) == 0) {
		rc = 1;
	} else if (errno != ENOENT) {
		cl_error_set(err, "cannot check %s: %s", rel, strerror(errno));
		rc = -1;
	}
	free(path);
	return rc;
}

/* What a failed init takes back: the files and folders it created. */
typedef struct {
	cl_strvec files;
	cl_strvec dirs;
} undo_log;

static void undo(undo_log *log)
{
	for (size_t i = log->files.count; i-- > 0;)
		unlink(log->files.items[i]);
	for (size_t i = log->dirs.count; i-- > 0;)
		rmdir(log->dirs.items[i]);
}

static int make_parents(const char *root, const char *rel, undo_log *log, cl_error *err)
{
	for (const char *slash = strchr(rel, '/'); slash; slash = strchr(slash + 1, '/')) {
		char *dir = cl_strndup(rel, (size_t)(slash - rel));
		char *path = join(root, dir);
		struct stat st;
		int ok = 1;

		if (mkdir(path, 0777) == 0) {
			cl_strvec_push(&log->dirs, path);
		} else if (errno != EEXIST) {
			cl_error_set(err, "cannot create the folder %s: %s", dir, strerror(errno));
			ok = 0;
		} else if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode)) {
			cl_error_set(err, "%s exists and is not a folder; clauselint init never overwrites",
			             dir);
			ok = 0;
		}
		free(path);
		free(dir);
		if (!ok)
			return -1;
	}
	return 0;
}

static int write_new(const char *root, const char *rel, const char *data, size_t len, undo_log *log,
                     cl_error *err)
{
	char *path = join(root, rel);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	int rc = 0;

	if (fd < 0) {
		if (errno == EEXIST)
			cl_error_set(err, "%s exists; clauselint init never overwrites", rel);
		else
			cl_error_set(err, "cannot create %s: %s", rel, strerror(errno));
		free(path);
		return -1;
	}
	cl_strvec_push(&log->files, path);
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			cl_error_set(err, "cannot write %s: %s", rel,
			             n < 0 ? strerror(errno) : "nothing written");
			rc = -1;
			break;
		}
		data += n;
		len -= (size_t)n;
	}
	if (close(fd) < 0 && rc == 0) {
		cl_error_set(err, "cannot write %s: %s", rel, strerror(errno));
		rc = -1;
	}
	free(path);
	return rc;
}

/* The working tree's root; -1 outside one, or in a bare repository. */
static int open_worktree(git_repository **repo, const char *dir, cl_error *err)
{
	int rc = git_repository_open_ext(repo, dir, 0, NULL);

	if (rc == GIT_ENOTFOUND) {
		char resolved[PATH_MAX];

		cl_error_set(
		        err,
		        "not a git repository (or any of the parent directories): %s; run git init first",
		        realpath(dir, resolved) ? resolved : dir);
		return -1;
	}
	if (rc < 0) {
		cl_git_error(err, "cannot open the repository");
		return -1;
	}
	if (git_repository_is_bare(*repo) || !git_repository_workdir(*repo)) {
		cl_error_set(
		        err,
		        "%s is a bare repository, with no working tree to write into; run clauselint init in a clone of it",
		        git_repository_path(*repo));
		return -1;
	}
	return 0;
}

/* Renders every file of the starter set, and its path. */
static int render_all(cl_strvec *paths, cl_strvec *texts, const cl_init_people *people, cl_date today,
                      cl_error *err)
{
	for (size_t i = 0; i < STARTER_COUNT; i++) {
		const char *name = starter[i].template;
		const cl_template *t;
		cl_buf path = CL_BUF_INIT, text = CL_BUF_INIT;

		if (!name)
			name = people->one_person ? "people-one.yml" : "people-two.yml";
		t = cl_template_find(name);
		if (!t) {
			cl_error_set(err, "the template %s is missing from this build", name);
			return -1;
		}
		if (cl_init_render(&path, "path", starter[i].path, people, today, err) < 0 ||
		    cl_init_render(&text, name, t->text, people, today, err) < 0) {
			cl_buf_free(&path);
			cl_buf_free(&text);
			return -1;
		}
		cl_strvec_push_owned(paths, cl_buf_detach(&path));
		cl_strvec_push_owned(texts, cl_buf_detach(&text));
	}
	return 0;
}

/* Fails naming the first target that exists, and how many more do. */
static int check_all(const char *root, const cl_strvec *paths, cl_error *err)
{
	const char *first = NULL;
	size_t more = 0;

	for (size_t i = 0; i < paths->count; i++) {
		int rc = check_target(root, paths->items[i], err);

		if (rc < 0)
			return -1;
		if (rc == 1 && !first)
			first = paths->items[i];
		else if (rc == 1)
			more++;
	}
	/* Not written, but .clauselint.yml would hide it (run.c reads the
	 * first of the two it finds). */
	if (!first && check_target(root, ".clauselint.yaml", err) == 1) {
		cl_error_set(
		        err,
		        ".clauselint.yaml exists, and the .clauselint.yml init writes would hide it; clauselint init never overwrites");
		return -1;
	}
	if (!first)
		return 0;
	if (more)
		cl_error_set(
		        err,
		        "%s exists (and %zu more of the files init writes); clauselint init never overwrites",
		        first, more);
	else
		cl_error_set(err, "%s exists; clauselint init never overwrites", first);
	return -1;
}

int cl_init(cl_init_result *out, const char *dir, const cl_init_options *opts, cl_error *err)
{
	git_repository *repo = NULL;
	cl_strvec paths = CL_STRVEC_INIT, texts = CL_STRVEC_INIT;
	undo_log log = {CL_STRVEC_INIT, CL_STRVEC_INIT};
	int rc = -1;

	memset(out, 0, sizeof(*out));
	git_libgit2_init();
	if (open_worktree(&repo, dir, err) < 0)
		goto done;
	out->root = cl_strdup(git_repository_workdir(repo));
	if (choose_people(&out->people, repo, opts, err) < 0 ||
	    render_all(&paths, &texts, &out->people, opts->today, err) < 0 ||
	    check_all(out->root, &paths, err) < 0)
		goto done;
	for (size_t i = 0; i < paths.count; i++) {
		if (make_parents(out->root, paths.items[i], &log, err) < 0 ||
		    write_new(out->root, paths.items[i], texts.items[i], strlen(texts.items[i]), &log, err) <
		            0) {
			undo(&log);
			cl_strvec_free(&out->written);
			goto done;
		}
		cl_strvec_push(&out->written, paths.items[i]);
		if (starter[i].approve)
			cl_strvec_push(&out->approve, paths.items[i]);
	}
	rc = 0;
done:
	cl_strvec_free(&log.files);
	cl_strvec_free(&log.dirs);
	cl_strvec_free(&paths);
	cl_strvec_free(&texts);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}

int cl_init_open(git_repository **repo, const char *dir, cl_error *err)
{
	return open_worktree(repo, dir, err);
}

int cl_init_choose_people(cl_init_people *people, git_repository *repo, const cl_init_options *opts,
                          cl_error *err)
{
	return choose_people(people, repo, opts, err);
}

int cl_init_write_all(const char *root, const cl_strvec *paths, const cl_strvec *texts, cl_strvec *written,
                      cl_error *err)
{
	undo_log log = {CL_STRVEC_INIT, CL_STRVEC_INIT};
	int rc = check_all(root, paths, err);

	for (size_t i = 0; rc == 0 && i < paths->count; i++) {
		if (make_parents(root, paths->items[i], &log, err) < 0 ||
		    write_new(root, paths->items[i], texts->items[i], strlen(texts->items[i]), &log, err) <
		            0) {
			undo(&log);
			cl_strvec_free(written);
			rc = -1;
			break;
		}
		cl_strvec_push(written, paths->items[i]);
	}
	cl_strvec_free(&log.files);
	cl_strvec_free(&log.dirs);
	return rc;
}

void cl_init_put_yaml(cl_buf *out, const char *s)
{
	put_yaml(out, s);
}
