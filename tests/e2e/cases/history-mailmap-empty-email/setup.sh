# A .mailmap line that maps to an empty e-mail (`<>`) names nobody: it is
# left out (libgit2 1.5 leaks such an entry, which fails the suite under
# LeakSanitizer). Kept, the later line would replace Dana's mapping and
# her approval would name nobody; the lines around it still apply.
standard_people
write .mailmap <<'MAP'
Dana Whitfield <dana@example.com> <dana.w@oldmail.example>
Nobody <> <dana.w@oldmail.example>
<> <other@example.com>
MAP
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana W" dana.w@oldmail.example
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana W <dana.w@oldmail.example>" --trailer "Approves: policies/isp.md"
