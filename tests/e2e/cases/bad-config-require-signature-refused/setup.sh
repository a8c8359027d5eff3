# require_signature: true is refused (exit 2, one line) until signatures are verified: a signed approval must not pass on a setting that is ignored.
ssh-keygen -q -t ed25519 -N "" -C dana@laptop -f .git/dana-key
write people.yml <<YML
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
    signing_keys:
      - $(cat .git/dana-key.pub)
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
YML
write .clauselint.yml <<'YML'
approvals:
  require_signature: true
YML
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
git config gpg.format ssh
git config user.signingkey "$PWD/.git/dana-key"
commit "Approve POL-001 1.0" -S --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
