# With --trust-anchor (an allowed_signers file the CI job holds, outside the repository) naming Dana's key, a first approval signed by another key (Alex's, who made himself CEO) doesn't start the chain: the trust inputs stay never approved.
keygen dana
keygen alex
require_signature
cat >people.yml <<YML
people:
  - name: Alex Kim
    email: alex@example.com
    roles: [CEO]
    signing_keys:
      - $(cat .git/keys/alex.pub)
YML
at 2026-03-01
good_policy policies/isp.md
git add -A
as "Alex Kim" alex@example.com
signed alex commit -q -S -m "Set up and approve the ISMS" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: .clauselint.yml" --trailer "Approves: people.yml"
printf 'dana@example.com %s\n' "$(cat .git/keys/dana.pub)" >../trust-anchor-refuses-other-first-key.anchor
