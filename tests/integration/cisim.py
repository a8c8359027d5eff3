#!/usr/bin/env python3
"""cisim.py: check the CI templates and run their shell steps locally.

    cisim.py check-action action.yml
    cisim.py run-action action.yml [--input NAME=VALUE]... [--skip STEP]...
    cisim.py check-gitlab clauselint.gitlab-ci.yml
    cisim.py run-gitlab clauselint.gitlab-ci.yml [--variable NAME=VALUE]...
    cisim.py run-gitlab-job clauselint.gitlab-ci.yml [--variable NAME=VALUE]...
    cisim.py gitlab-runs clauselint.gitlab-ci.yml [--variable NAME=VALUE]...

run-action runs a composite action the way the runner does, in the
current directory as GITHUB_WORKSPACE: each `run:` step by
`bash --noprofile --norc -eo pipefail`, in its working-directory, with its
`env:`, stopping at the first step that fails; `${{ inputs.NAME }}` is
the only expression it evaluates, and only outside `run:` (a script with
an expression in it is refused: inputs pasted into a script are shell
code). GITHUB_ACTION_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY come from
the environment. It prints the action's outputs as `output NAME=VALUE`
and exits with the failing step's status. Besides `inputs.NAME`, the
expressions it evaluates are `steps.ID.outputs.NAME`, `github.action_path`
and `runner.os`, and an `if:` of the form `EXPR != 'VALUE'` or
`EXPR == 'VALUE'`. actions/cache/restore and actions/cache/save are
simulated with a folder per key under CISIM_CACHE_DIR ('/' written %2F;
each `path:` line
a file or a folder; restore-keys are prefixes, the newest entry that
matches one is restored), and print `cisim: cache hit KEY`, `cisim:
cache restored from FOUND for KEY`, `cisim: cache miss KEY`, `cisim:
cache saved KEY` or `cisim: cache exists KEY`; any other `uses:` step is
refused.

run-gitlab runs the `script:` of the hidden job `.clauselint` by
`bash -eo pipefail` in the current directory (the before_script installs
and builds, which the caller has done), with the job's variables.
run-gitlab-job runs its `before_script:` and `script:` as one script, as
the runner does, then its `after_script:` in a shell of its own, with
CI_PROJECT_DIR the current directory.

gitlab-runs prints whether the job's `rules:` add it to a pipeline whose
predefined variables are the ones given (CI_PIPELINE_SOURCE,
CI_COMMIT_BRANCH, CI_DEFAULT_BRANCH): "runs" or "skipped".
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def fail(message):
    print("cisim: " + message, file=sys.stderr)
    sys.exit(2)


def load(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if not isinstance(doc, dict):
        fail(f"{path}: not a mapping")
    return doc


def need(condition, message):
    if not condition:
        fail(message)


# ---- GitHub Actions ----


STEP_OUTPUT = re.compile(r"steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)")
CONDITION = re.compile(r"\s*(.*?)\s*(==|!=)\s*'([^']*)'\s*")
CACHE_ACTIONS = ("actions/cache/restore@v4", "actions/cache/save@v4")


def check_expression(label, expr, inputs, ids):
    m = re.fullmatch(r"inputs\.([A-Za-z0-9_-]+)", expr)
    if m:
        need(m.group(1) in inputs, f"{label}: unknown input '{m.group(1)}'")
        return
    m = STEP_OUTPUT.fullmatch(expr)
    if m:
        need(m.group(1) in ids, f"{label}: '{expr}' names no earlier step")
        return
    need(expr in ("github.action_path", "runner.os"), f"{label}: unknown expression '{expr}'")


def check_action(action):
    for key in ("name", "description", "runs"):
        need(key in action, f"action.yml: no '{key}'")
    runs = action["runs"]
    need(runs.get("using") == "composite", "action.yml: runs.using is not 'composite'")
    steps = runs.get("steps")
    need(isinstance(steps, list) and steps, "action.yml: no steps")
    inputs = action.get("inputs") or {}
    for name, spec in inputs.items():
        need(isinstance(spec, dict) and spec.get("description"), f"input '{name}' has no description")
        need("default" in spec or spec.get("required"), f"input '{name}' has no default")
    ids = set()
    for i, step in enumerate(steps):
        label = step.get("name", f"step {i + 1}")
        if "run" in step:
            # A composite action's run steps must name their shell.
            need(step.get("shell"), f"{label}: a run step without 'shell'")
            need(not EXPRESSION.search(step["run"]), f"{label}: an expression inside 'run:'")
        else:
            need(step.get("uses") in CACHE_ACTIONS, f"{label}: a 'uses:' cisim doesn't simulate")
        texts = list((step.get("env") or {}).values()) + list((step.get("with") or {}).values())
        texts.append(step.get("working-directory", ""))
        for text in texts:
            for expr in EXPRESSION.findall(str(text)):
                check_expression(label, expr, inputs, ids)
        if "if" in step:
            m = CONDITION.fullmatch(str(step["if"]))
            need(m, f"{label}: an if: cisim can't read")
            check_expression(label, m.group(1), inputs, ids)
        if "id" in step:
            ids.add(step["id"])
    for name, spec in (action.get("outputs") or {}).items():
        m = re.fullmatch(r"\$\{\{\s*steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*\}\}", str(spec.get("value", "")))
        need(m and m.group(1) in ids, f"output '{name}' names no step")


def value_of(expr, inputs, step_outputs):
    m = re.fullmatch(r"inputs\.([A-Za-z0-9_-]+)", expr)
    if m:
        return inputs[m.group(1)]
    m = STEP_OUTPUT.fullmatch(expr)
    if m:
        return step_outputs.get(m.group(1), {}).get(m.group(2), "")
    if expr == "github.action_path":
        return os.environ["GITHUB_ACTION_PATH"]
    return "Linux"


def evaluate(text, inputs, step_outputs):
    return EXPRESSION.sub(lambda m: value_of(m.group(1), inputs, step_outputs), str(text))


def condition_holds(step, inputs, step_outputs):
    if "if" not in step:
        return True
    m = CONDITION.fullmatch(str(step["if"]))
    equal = value_of(m.group(1), inputs, step_outputs) == m.group(3)
    return equal if m.group(2) == "==" else not equal


def entry_name(key):
    """A key as one folder name: actions/cache keys may hold '/'."""
    return key.replace("%", "%25").replace("/", "%2F")


def key_of(name):
    return name.replace("%2F", "/").replace("%25", "%")


def restore_entry(root, key, restore_keys):
    """The entry of `key`, else the newest whose key starts with one of
    `restore_keys`, tried in order (as actions/cache does); or None."""
    if os.path.isdir(os.path.join(root, entry_name(key))):
        return key, True
    keys = [key_of(name) for name in os.listdir(root)] if os.path.isdir(root) else []
    for prefix in restore_keys:
        found = [k for k in keys if k.startswith(prefix)]
        if found:
            return max(found, key=lambda k: os.stat(os.path.join(root, entry_name(k))).st_mtime_ns), False
    return None, False


def copy_path(source, target):
    """A file, or a folder with all it holds."""
    if os.path.isdir(source):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
    else:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)


def run_cache(step, inputs, step_outputs):
    """actions/cache/restore or save, with a folder per key; `path:` lines
    are files or folders, and restore-keys are prefixes tried in turn."""
    root = os.environ.get("CISIM_CACHE_DIR")
    need(root, "CISIM_CACHE_DIR is not set")
    with_ = step.get("with") or {}
    key = evaluate(with_["key"], inputs, step_outputs)
    paths = [p.strip() for p in evaluate(with_["path"], inputs, step_outputs).splitlines() if p.strip()]
    if step["uses"].startswith("actions/cache/restore"):
        restore_keys = [k.strip() for k in evaluate(with_.get("restore-keys", ""), inputs, step_outputs).splitlines()
                        if k.strip()]
        found, exact = restore_entry(root, key, restore_keys)
        if not found:
            print(f"cisim: cache miss {key}", flush=True)
            return {"cache-hit": "false"}
        for i, path in enumerate(paths):
            if os.path.exists(os.path.join(root, entry_name(found), str(i))):
                copy_path(os.path.join(root, entry_name(found), str(i)), path)
        print(f"cisim: cache {'hit' if exact else 'restored from ' + found + ' for'} {key}", flush=True)
        return {"cache-hit": "true" if exact else "false", "cache-matched-key": found}
    entry = os.path.join(root, entry_name(key))
    if os.path.isdir(entry):
        # actions/cache/save never replaces an entry: a key is written once.
        print(f"cisim: cache exists {key}", flush=True)
        return {}
    os.makedirs(entry, exist_ok=True)
    for i, path in enumerate(paths):
        if os.path.exists(path):
            copy_path(path, os.path.join(entry, str(i)))
    print(f"cisim: cache saved {key}", flush=True)
    return {}


def run_action(action, given, skip):
    check_action(action)
    inputs = {name: str(spec.get("default", "")) for name, spec in (action.get("inputs") or {}).items()}
    for name, value in given.items():
        need(name in inputs, f"no input '{name}'")
        inputs[name] = value
    workspace = os.getcwd()
    output_file = os.environ.get("GITHUB_OUTPUT")
    need(output_file, "GITHUB_OUTPUT is not set")
    step_outputs = {}
    status = 0
    for step in action["runs"]["steps"]:
        label = step.get("name", "")
        if label in skip or not condition_holds(step, inputs, step_outputs):
            continue
        if "uses" in step:
            values = run_cache(step, inputs, step_outputs)
            if "id" in step:
                step_outputs[step["id"]] = values
            continue
        need(step["shell"] == "bash", f"{label}: shell '{step['shell']}' is not simulated")
        env = dict(os.environ)
        env.update({k: evaluate(v, inputs, step_outputs) for k, v in (step.get("env") or {}).items()})
        cwd = os.path.join(workspace, evaluate(step.get("working-directory", "."), inputs, step_outputs))
        open(output_file, "w").close()
        with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as script:
            script.write(step["run"])
        print(f"cisim: step '{label}'", flush=True)
        try:
            status = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script.name], cwd=cwd, env=env)
        finally:
            os.unlink(script.name)
        with open(output_file, encoding="utf-8") as f:
            values = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
        if "id" in step:
            step_outputs[step["id"]] = values
        if status != 0:
            break
    for name, spec in (action.get("outputs") or {}).items():
        m = STEP_OUTPUT.search(spec["value"])
        print(f"output {name}={step_outputs.get(m.group(1), {}).get(m.group(2), '')}")
    return status


# ---- GitLab CI ----


def check_gitlab(doc):
    need(".clauselint" in doc, "no hidden job '.clauselint'")
    job = doc[".clauselint"]
    need(job.get("image") == "debian:12", ".clauselint: image is not debian:12")
    variables = job.get("variables") or {}
    need(str(variables.get("GIT_DEPTH")) == "0", ".clauselint: GIT_DEPTH is not 0")
    artifacts = job.get("artifacts") or {}
    need(artifacts.get("when") == "always", ".clauselint: artifacts are not uploaded 'when: always'")
    need((artifacts.get("reports") or {}).get("codequality") == "gl-code-quality-report.json",
         ".clauselint: no codequality report gl-code-quality-report.json")
    for key in ("before_script", "script"):
        need(isinstance(job.get(key), list) and all(isinstance(s, str) for s in job[key]),
             f".clauselint: '{key}' is not a list of strings")
    need("clauselint" in doc and doc["clauselint"].get("extends") == ".clauselint",
         "no job 'clauselint' extending '.clauselint'")
    need(isinstance(job.get("rules"), list) and all(isinstance(r, dict) and "if" in r for r in job["rules"]),
         ".clauselint: 'rules' is not a list of if: conditions")


def rule_holds(condition, env):
    """One `$A == "b"` or `$A == $B` condition of GitLab's rules:, the
    only forms the template uses (an unset variable is empty)."""
    m = re.fullmatch(r'\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*==\s*(?:"([^"]*)"|\$([A-Za-z_][A-Za-z0-9_]*))\s*', condition)
    need(m, f"a rules: condition cisim can't read: {condition}")
    left = env.get(m.group(1), "")
    right = m.group(2) if m.group(2) is not None else env.get(m.group(3), "")
    return left == right


def gitlab_runs(doc, given):
    """Whether GitLab would add the job to a pipeline with `given`."""
    return any(rule_holds(r["if"], given) for r in doc[".clauselint"]["rules"])


def run_gitlab(doc, given, whole_job=False):
    check_gitlab(doc)
    job = doc[".clauselint"]
    env = dict(os.environ)
    env.update({k: str(v) for k, v in (job.get("variables") or {}).items()})
    env.update(given)
    env.setdefault("CI_PROJECT_DIR", os.getcwd())
    script = "\n".join((job["before_script"] if whole_job else []) + job["script"]) + "\n"
    status = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], env=env)
    if whole_job and job.get("after_script"):
        # A shell of its own, whatever the script's status, as GitLab runs it.
        after = "\n".join(job["after_script"]) + "\n"
        subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", after], env=env)
    return status


def pairs(args, flag):
    out = {}
    rest = []
    i = 0
    while i < len(args):
        if args[i] == flag and i + 1 < len(args) and "=" in args[i + 1]:
            name, value = args[i + 1].split("=", 1)
            out[name] = value
            i += 2
        else:
            rest.append(args[i])
            i += 1
    return out, rest


def main(argv):
    if len(argv) < 3:
        fail(__doc__.strip().splitlines()[2])
    command, path, args = argv[1], argv[2], argv[3:]
    doc = load(path)
    if command == "check-action":
        check_action(doc)
        return 0
    if command == "run-action":
        given, args = pairs(args, "--input")
        skip = [args[i + 1] for i in range(len(args) - 1) if args[i] == "--skip"]
        return run_action(doc, given, skip)
    if command == "check-gitlab":
        check_gitlab(doc)
        return 0
    if command == "run-gitlab-job":
        given, _ = pairs(argv[3:], "--variable")
        return run_gitlab(doc, given, whole_job=True)
    if command == "run-gitlab":
        given, _ = pairs(args, "--variable")
        return run_gitlab(doc, given)
    if command == "gitlab-runs":
        given, _ = pairs(args, "--variable")
        check_gitlab(doc)
        print("runs" if gitlab_runs(doc, given) else "skipped")
        return 0
    fail(f"unknown command '{command}'")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
