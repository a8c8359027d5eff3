# Near miss of approver-unknown: Dana approves with an old address that .mailmap maps to her registered e-mail: she is known, and CEO: no finding.
write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
YML
write .mailmap <<'MAP'
Dana Whitfield <dana@example.com> <dana.w@oldmail.example>
MAP
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana W" dana.w@oldmail.example
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana W <dana.w@oldmail.example>" --trailer "Approves: policies/isp.md"
