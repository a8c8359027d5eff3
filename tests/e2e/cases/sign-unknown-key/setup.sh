# Dana signs with a key that people.yml doesn't list for anyone (a new laptop's): approval-unverified, key not in people.yml.
keygen dana
keygen sam
keygen laptop
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed laptop commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
