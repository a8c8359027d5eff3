#!/usr/bin/env python3
"""fixes.py: every command a finding suggests, run verbatim, clears that
finding and creates no other.

    python3 tests/e2e/fixes.py BIN

On the demo repository (fixtures/demo: the typical audit findings) and a
repository whose only ISMS Lead wrote the procedure awaiting approval and
whose CEO wrote the training record (a command naming them would be a
self-approval): for each finding whose message ends in a `git commit`
command, the command is run by sh in a copy of the repository, the copy
is linted again, and the finding's fingerprint must be gone with no
fingerprint the first lint didn't have. A command with a placeholder
(NAME <EMAIL>) is an instruction, not a command, and is counted apart.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

NOW = "2026-11-22"
# The approvals are made the day before --now.
GIT_ENV = {
    "GIT_AUTHOR_DATE": "2026-11-21T12:00:00Z", "GIT_COMMITTER_DATE": "2026-11-21T12:00:00Z",
    "GIT_AUTHOR_NAME": "Sam Ortiz", "GIT_AUTHOR_EMAIL": "sam@example.com",
    "GIT_COMMITTER_NAME": "Sam Ortiz", "GIT_COMMITTER_EMAIL": "sam@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def lint(binary, repo):
    out = subprocess.run([binary, "-C", repo, "--now", NOW, "--format", "json"],
                         capture_output=True, text=True)
    if out.returncode > 1:
        sys.exit(f"fixes: clauselint failed in {repo}: {out.stderr.strip()}")
    return json.loads(out.stdout)["findings"]


def key(f):
    return (f["rule"], f["path"], f["fingerprint"])


def check_repository(binary, repo, work, label):
    failures, ran, placeholders = 0, 0, 0
    before = lint(binary, repo)
    seen = {key(f) for f in before}
    for i, f in enumerate(before):
        at = f["message"].rfind("git commit ")
        if at < 0:
            continue
        command = f["message"][at:]
        if "NAME <EMAIL>" in command:
            placeholders += 1
            continue
        copy = os.path.join(work, f"{label}-{i}")
        shutil.copytree(repo, copy, symlinks=True)
        env = dict(os.environ, **GIT_ENV)
        done = subprocess.run(["sh", "-c", command], cwd=copy, env=env, capture_output=True, text=True)
        after = {key(g): g for g in lint(binary, copy)} if done.returncode == 0 else {}
        new = [g for k, g in after.items() if k not in seen]
        ran += 1
        if done.returncode != 0 or key(f) in after or new:
            failures += 1
            print(f"FAIL {label}: the fix of {f['rule']} on {f['path']}: {command}")
            if done.returncode != 0:
                print(f"    the command failed: {done.stderr.strip()}")
            if key(f) in after:
                print("    the finding is still there")
            for g in new:
                print(f"    new: {g['rule']} on {g['path']}: {g['message']}")
        shutil.rmtree(copy)
    print(f"{'ok  ' if not failures else 'FAIL'} {label}: {ran} suggested commands run, "
          f"each clears its finding and adds none ({placeholders} name nobody yet)")
    return failures, ran


AUTHORS_REPO = r'''
set -e
git init -q -b main "$1"
cd "$1"
export GIT_AUTHOR_DATE=2026-10-01T10:00:00Z GIT_COMMITTER_DATE=2026-10-01T10:00:00Z
who() { export GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2"; }
who "Sam Ortiz" sam@example.com
cat >people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Lee Park
    email: lee@example.com
    roles: [Board]
  - name: Sam Ortiz
    email: sam@example.com
    roles: [ISMS Lead]
YML
mkdir -p procedures records
cat >procedures/access.md <<'MD'
---
id: PRO-001
title: Access Procedure
type: procedure
owner: ISMS Lead
version: "1.0"
approver: ISMS Lead
clauses: ["A.5.15"]
---

# Access Procedure

Access is granted on request and reviewed every quarter.
MD
git add -A
git commit -q -m "Add the people registry and the access procedure"
who "Dana Whitfield" dana@example.com
cat >records/training.md <<'MD'
---
id: TRN-001
title: Security awareness training
type: training
owner: ISMS Lead
date: 2026-10-01
---

| Person         | Date       |
| -------------- | ---------- |
| Dana Whitfield | 2026-10-01 |
| Lee Park       | 2026-10-01 |
MD
git add -A
git commit -q -m "Record the security training"
'''


def main(argv):
    binary = os.path.abspath(argv[1])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    failures, ran = 0, 0
    with tempfile.TemporaryDirectory(prefix="clauselint-fixes.") as work:
        # The history cache in the scratch folder, never the user's (docs/cache.md).
        os.environ["CLAUSELINT_CACHE_DIR"] = os.path.join(work, "cache")
        demo = os.path.join(work, "demo")
        subprocess.run(["sh", os.path.join(root, "fixtures/demo/build.sh"), demo], check=True,
                       capture_output=True)
        authors = os.path.join(work, "authors")
        subprocess.run(["sh", "-c", AUTHORS_REPO, "sh", authors], check=True,
                       env=dict(os.environ, GIT_CONFIG_NOSYSTEM="1"))
        for repo, label in ((demo, "demo"), (authors, "authors")):
            f, r = check_repository(binary, repo, work, label)
            failures += f
            ran += r
    if ran == 0:
        print("FAIL fixes: no suggested command was found to run")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
