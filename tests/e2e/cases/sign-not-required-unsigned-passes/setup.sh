# Near miss: without require_signature (the default) an unsigned approval counts as before, even with signing keys in people.yml: exit 0.
keygen dana
keygen sam
signing_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
