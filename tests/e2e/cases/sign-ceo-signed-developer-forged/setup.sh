# The acceptance scenario of signed approvals: the CEO's approval of the security policy is signed with her registered key; a developer forged "Approved-by: CEO" on his own unsigned commit changing the access policy. With require_signature the first passes and the second is approval-unverified.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md POL-002
commit "Add the security and access policies"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
as "Sam Ortiz" sam@example.com
at 2026-03-05
echo "Access is reviewed every quarter." >>policies/access.md
commit "POL-002: quarterly access reviews" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
