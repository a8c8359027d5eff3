# Near miss of approver-departed: Lee's leaving date (2026-12-31) is still ahead of today (2026-11-22): no finding.
TRUST_APPROVER='Lee Hart <lee@example.com>'
write people.yml <<'YML'
people:
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
  - name: Lee Hart
    email: lee@example.com
    roles: [CEO]
    since: 2020-01-01
    until: 2026-12-31
YML
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Lee Hart" lee@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Lee Hart <lee@example.com>" --trailer "Approves: policies/isp.md"
