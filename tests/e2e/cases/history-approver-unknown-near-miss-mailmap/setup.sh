# Near miss of approver-unknown: Dana approves with an old address that .mailmap maps to her registered e-mail: she is known, and CEO: no finding.
standard_people
write .mailmap <<'MAP'
Dana Whitfield <dana@example.com> <dana.w@oldmail.example>
MAP
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana W" dana.w@oldmail.example
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana W <dana.w@oldmail.example>" --trailer "Approves: policies/isp.md"
