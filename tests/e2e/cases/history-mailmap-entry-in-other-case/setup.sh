# Near miss of approver-unknown: the .mailmap writes the old address in other case (<Dana.W@OldMail.example>) than the trailer (<dana.w@oldmail.example>). git matches .mailmap e-mails case-insensitively both ways; libgit2 1.5 matches them as written, so without clauselint folding case itself Dana would be unknown here on Debian 12 and known on newer libgit2: no finding, on every version.
standard_people
write .mailmap <<'MAP'
Dana Whitfield <dana@example.com> <Dana.W@OldMail.example>
MAP
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana W" dana.w@oldmail.example
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana W <dana.w@oldmail.example>" --trailer "Approves: policies/isp.md"
