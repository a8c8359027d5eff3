# 10,000 procedures in one folder, each linking two others by [[id]]: each document's blob is found in the folder's tree read once (it was re-inflated per document: 18 s), and each link by id through a map; within the ceiling, and nothing is reported broken.
# git commit would start an automatic gc in the background past 6,700 loose objects, changing .git while the case runs.
git config gc.auto 0
mkdir -p procedures
awk 'BEGIN { for (i = 0; i < 10000; i++) { f = sprintf("procedures/p%05d.md", i); printf "---\nid: PRC-%05d\ntitle: Procedure %d\ntype: procedure\nowner: ISMS Lead\nversion: \"1.0\"\napprover: ISMS Lead\n---\n\n# Procedure %d\n\nSee [[PRC-%05d]] and [[PRC-%05d]].\n", i, i, i, (i + 1) % 10000, (i + 7) % 10000 > f; close(f) } }'
commit "Add 10,000 procedures"
