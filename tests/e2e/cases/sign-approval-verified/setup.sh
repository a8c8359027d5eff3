# require_signature: true, and Dana (CEO) approves with a commit signed by the key people.yml lists for her: verified, no finding, exit 0.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
