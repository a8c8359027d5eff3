# Near miss of approver-unknown: the trailer writes the old address in other case (Dana.W@OldMail.example); .mailmap matches e-mails case-insensitively, as git check-mailmap does, so Dana is known: no finding.
standard_people
write .mailmap <<'MAP'
Dana Whitfield <dana@example.com> <dana.w@oldmail.example>
MAP
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana W" dana.w@oldmail.example
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana W <Dana.W@OldMail.example>" --trailer "Approves: policies/isp.md"
