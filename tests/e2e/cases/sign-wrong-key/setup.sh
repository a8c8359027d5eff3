# Sam signs an approval with his own registered key, but its trailer names Dana: the key belongs to someone who is not the approver, approval-unverified.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
signed sam commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
