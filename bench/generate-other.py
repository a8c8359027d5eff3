#!/usr/bin/env python3
"""A second benchmark repository, shaped unlike bench/generate.sh's.

    python3 bench/generate-other.py DIR [DOCUMENTS [COMMITS]]   (default 5000 20000)

generate.sh writes small documents in 36 folders and a linear history
with six merges. Code tuned on that alone can miss costs that real
repositories have, so this one differs on every axis that matters to the
walk and the parser (bench/README.md, "The other repository"):

- deep folders: documents four to six levels down, in about 600 folders,
  beside 3,000 files that are no documents (images, scripts, data);
- large documents: 8 to 40 KB each, with lists, code blocks, block quotes,
  several tables, many links and emphasis;
- a pull-request history: most changes land on a branch of one to four
  commits merged with a merge commit, so half the commits are merges;
- a skewed edit rate: a few documents are edited hundreds of times, most
  a handful;
- renames: one change in forty moves a document to another folder;
- approvals both ways: an Approved-by trailer on the merge, or an empty
  commit on main with Approves: trailers.

Deterministic (random.Random(7)); written as one git fast-import stream.
DIR is removed first when it was made by this script or is empty.
"""
import os
import random
import shutil
import subprocess
import sys

T0 = 1609459200  # 2021-01-01
T1 = 1793404800  # 2026-11-01
PEOPLE = [
    ("Dana Whitfield", "dana@example.com", "CEO"),
    ("Sam Ortiz", "sam@example.com", "ISMS Lead"),
    ("Priya Raman", "priya@example.com", "Head of Operations"),
    ("Lee Chen", "lee@example.com", "Security Engineer"),
    ("Maria Gomez", "maria@example.com", "HR Manager"),
    ("Tom Becker", "tom@example.com", "Developer"),
]
AREAS = ["governance", "operations", "engineering", "people", "suppliers", "legal"]
TOPICS = ["access control", "backup", "cryptography", "incident response", "logging",
          "network security", "patching", "physical security", "remote working",
          "risk", "secure development", "supplier security", "vulnerabilities",
          "key management", "privileged access", "media handling", "data retention"]
WORDS = ("the organisation shall ensure that every system owner reviews records of "
         "access and change at least quarterly and reports any deviation to the "
         "information security lead who decides on corrective action within ten "
         "working days unless the risk owner accepts the residual risk in writing").split()


def sentence(r):
    n = r.randint(8, 24)
    words = [r.choice(WORDS) for _ in range(n)]
    if r.random() < 0.3:
        words[r.randrange(n)] = "**" + r.choice(WORDS) + "**"
    if r.random() < 0.2:
        words[r.randrange(n)] = "`" + r.choice(WORDS) + "`"
    return " ".join(words).capitalize() + "."


def body(r, doc, docs, size):
    out = []
    while sum(len(p) for p in out) < size:
        kind = r.random()
        if kind < 0.45:
            out.append(" ".join(sentence(r) for _ in range(r.randint(2, 6))))
        elif kind < 0.6:
            out.append("\n".join("- " + sentence(r) for _ in range(r.randint(3, 8))))
        elif kind < 0.7:
            rows = "\n".join("| %s | %s | %s |" % (r.choice(WORDS), r.choice(WORDS), sentence(r))
                             for _ in range(r.randint(3, 12)))
            out.append("| Item | Owner | Rule |\n| --- | --- | --- |\n" + rows)
        elif kind < 0.77:
            out.append("```\n" + "\n".join(r.choice(WORDS) * r.randint(1, 3)
                                           for _ in range(r.randint(3, 10))) + "\n```")
        elif kind < 0.84:
            out.append("> " + sentence(r) + "\n> " + sentence(r))
        elif kind < 0.92:
            other = docs[r.randrange(len(docs))]
            out.append("See [%s](%s) and %s" % (other["title"], rel(doc["path"], other["path"]), sentence(r)))
        else:
            out.append("## " + r.choice(TOPICS).title() + " " + str(r.randint(1, 99)))
    return "\n\n".join(out)


def rel(src, dst):
    return os.path.relpath(dst, os.path.dirname(src))


def text(doc):
    r = random.Random(doc["seed"] * 1000003 + doc["version"])
    front = ("---\nid: %s\ntitle: %s\ntype: %s\nowner: %s\nversion: \"%d.%d\"\napprover: CEO\n"
             "clauses: [\"5.2\", \"A.5.1\"]\n---\n\n" %
             (doc["id"], doc["title"], doc["type"], doc["owner"], 1 + doc["version"] // 10,
              doc["version"] % 10))
    return front + "# " + doc["title"] + "\n\n" + body(r, doc, DOCS, doc["size"]) + "\n"


class Stream:
    def __init__(self, out):
        self.out = out
        self.mark = 0

    def data(self, b):
        self.out.write(b"data %d\n" % len(b))
        self.out.write(b)
        self.out.write(b"\n")

    def commit(self, ref, who, when, message, parents=(), changes=()):
        self.mark += 1
        name, email, _ = who
        self.out.write(b"commit %s\nmark :%d\n" % (ref.encode(), self.mark))
        ident = ("%s <%s> %d +0000\n" % (name, email, when)).encode()
        self.out.write(b"author " + ident + b"committer " + ident)
        self.data(message.encode())
        for i, p in enumerate(parents):
            self.out.write(b"%s :%d\n" % (b"from" if i == 0 else b"merge", p))
        for op in changes:
            if op[0] == "M":
                self.out.write(b"M 100644 inline %s\n" % op[1].encode())
                self.data(op[2].encode())
            else:
                self.out.write(b"D %s\n" % op[1].encode())
        self.out.write(b"\n")
        return self.mark


DOCS = []


def folder(r):
    depth = r.randint(4, 6)
    parts = [r.choice(AREAS)] + ["%s-%d" % (r.choice(["unit", "site", "team", "domain"]), r.randint(1, 4))
                                 for _ in range(depth - 2)]
    return "/".join(parts)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: generate-other.py DIR [DOCUMENTS [COMMITS]]")
    target = sys.argv[1]
    ndocs = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    ncommits = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    stamp = os.path.join(target, ".git", "clauselint-bench-other")
    if os.path.exists(target) and os.listdir(target) and not os.path.exists(stamp):
        sys.exit("generate-other.py: %s exists and was not made by this script; not removing it" % target)
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    env = dict(os.environ, LC_ALL="C", GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null")
    subprocess.run(["git", "-C", target, "init", "-q", "-b", "main"], check=True, env=env)
    r = random.Random(7)
    for i in range(ndocs):
        kind = r.choice(["policy", "procedure", "standard", "procedure"])
        topic = r.choice(TOPICS)
        did = "%s-%05d" % (kind[:3].upper(), i)
        DOCS.append({"id": did, "title": "%s %s %d" % (topic.title(), kind, i), "type": kind,
                     "owner": r.choice(PEOPLE[1:])[2], "version": 0, "seed": i,
                     "size": r.randint(8000, 40000),
                     "path": "%s/%s-%s.md" % (folder(r), did.lower(), topic.replace(" ", "-"))})
    # A few documents are edited far more often than the rest.
    weights = [1.0 / (1 + i) ** 0.8 for i in range(ndocs)]
    r.shuffle(weights)
    proc = subprocess.Popen(["git", "-C", target, "fast-import", "--quiet"], stdin=subprocess.PIPE, env=env)
    s = Stream(proc.stdin)
    s.out.write(b"feature done\n")
    step = (T1 - T0) // ncommits
    clock = [T0]

    def tick():
        clock[0] += r.randint(step // 2, step * 3 // 2)
        return min(clock[0], T1 - 1)

    config = ("framework: ISO27001:2022\npeople: people.yml\nexclude: [\"README.md\", \"assets/**\", \"tools/**\"]\n"
              "governed: [\"%s\"]\nreview_interval: 12 months\ntop_management_roles: [CEO]\n" %
              "\", \"".join(a + "/**" for a in AREAS))
    people = "people:\n" + "".join("  - name: %s\n    email: %s\n    roles: [%s]\n" % p for p in PEOPLE)
    files = [("M", ".clauselint.yml", config), ("M", "people.yml", people),
             ("M", "README.md", "# Policies\n")]
    for i in range(3000):
        files.append(("M", "assets/%s/%s/file-%04d.%s" % (r.choice(AREAS), r.choice(TOPICS).replace(" ", "-"),
                                                       i, r.choice(["svg", "csv", "sh", "txt"])),
                      "asset %d %s\n" % (i, sentence(r))))
    tip = s.commit("refs/heads/main", PEOPLE[1], tick(), "Set up the repository\n", (), files)
    for b in range(0, ndocs, 250):
        tip = s.commit("refs/heads/main", PEOPLE[1], tick(), "Import documents %d to %d\n" % (b + 1, b + 250),
                       (tip,), [("M", d["path"], text(d)) for d in DOCS[b:b + 250]])
    recent = []
    while s.mark < ncommits:
        roll = r.random()
        if roll < 0.12 and recent:
            picked = sorted(set(r.sample(recent, min(len(recent), r.randint(1, 4)))))
            msg = "Approve %s\n\nApproved-by: Dana Whitfield <dana@example.com>\n" % ", ".join(
                DOCS[i]["id"] for i in picked)
            msg += "".join("Approves: %s\n" % DOCS[i]["path"] for i in picked)
            tip = s.commit("refs/heads/main", PEOPLE[0], tick(), msg, (tip,))
            continue
        # A pull request: 1-4 commits on a branch, merged with a merge commit.
        base = tip
        side = base
        touched = set()
        for _ in range(r.randint(1, 4)):
            ops = []
            for i in set(r.choices(range(ndocs), weights, k=r.randint(1, 3))):
                d = DOCS[i]
                if r.random() < 0.025:
                    old = d["path"]
                    d["path"] = folder(r) + "/" + os.path.basename(old)
                    ops.append(("D", old))
                else:
                    d["version"] += 1
                ops.append(("M", d["path"], text(d)))
                touched.add(i)
            who = r.choice(PEOPLE[1:])
            side = s.commit("refs/heads/pr", who, tick(), "Update %s\n" % ", ".join(
                DOCS[i]["id"] for i in sorted(touched)), (side,), ops)
        approved = r.random() < 0.25
        msg = "Merge pull request #%d\n" % s.mark
        if approved:
            msg += "\nApproved-by: Dana Whitfield <dana@example.com>\n"
        tip = s.commit("refs/heads/main", PEOPLE[1], tick(), msg, (base, side))
        recent = (recent + sorted(touched))[-40:]
    s.out.write(b"done\n")
    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit("generate-other.py: git fast-import failed")
    for args in (["update-ref", "-d", "refs/heads/pr"], ["repack", "-adq"], ["reset", "--hard", "-q"]):
        subprocess.run(["git", "-C", target] + args, check=True, env=env)
    head = subprocess.run(["git", "-C", target, "rev-parse", "HEAD"], check=True, env=env,
                          capture_output=True, text=True).stdout
    with open(stamp, "w") as f:
        f.write(head)
    print("other bench repository: %s, HEAD %s" % (target, head.strip()))


if __name__ == "__main__":
    main()
