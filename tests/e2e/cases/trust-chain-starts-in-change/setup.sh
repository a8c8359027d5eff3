# Attack on a repository that never approved its trust inputs: the pull request itself holds the first approval of .clauselint.yml and people.yml (by Alex, made CEO in it), which would start the chain of trust with him in it. The pull-request check says the chain starts in the change; the whole lint can't tell (main alone never approved them either, and says so there).
keygen alex
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Set up the ISMS"
git checkout -q -b change
as "Alex Kim" alex@example.com
at 2026-04-01
cat >people.yml <<YML
people:
  - name: Alex Kim
    email: alex@example.com
    roles: [CEO]
    signing_keys:
      - $(cat .git/keys/alex.pub)
YML
git add -A
signed alex commit -q -S -m "Approve the ISMS" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: .clauselint.yml" --trailer "Approves: people.yml" --trailer "Approves: policies/isp.md"
