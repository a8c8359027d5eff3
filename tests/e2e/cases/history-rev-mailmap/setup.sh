# --rev HEAD reads HEAD's .mailmap, like its people.yml: Dana approved with an old address mapped by the committed .mailmap, which is deleted in the working tree only: no finding.
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
rm .mailmap
