# Near miss of trust-anchor-refuses-other-first-key: the first approval is Dana's, signed with the key the anchor names: the chain starts. No finding.
keygen dana
require_signature
cat >people.yml <<YML
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
    signing_keys:
      - $(cat .git/keys/dana.pub)
YML
at 2026-03-01
good_policy policies/isp.md
commit "Set up the ISMS"
as "Dana Whitfield" dana@example.com
signed dana commit -q -S --allow-empty -m "Approve the ISMS" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: .clauselint.yml" --trailer "Approves: people.yml" --trailer "Approves: policies/isp.md"
printf 'dana@example.com namespaces="git" %s\n' "$(cat .git/keys/dana.pub)" >../trust-anchor-near-miss-signed-by-anchor.anchor
