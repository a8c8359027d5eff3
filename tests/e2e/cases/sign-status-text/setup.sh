# clauselint status shows whether each document's current approval is signed by its approver (require_signature off): verified, unsigned, wrong key, invalid, and "-" for a document never approved.
keygen dana
keygen sam
signing_people
at 2026-03-01
good_policy policies/a-verified.md POL-001
good_policy policies/b-unsigned.md POL-002
good_policy policies/c-wrong-key.md POL-003
good_policy policies/d-never.md POL-004
commit "Add four policies"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/a-verified.md"
commit "Approve POL-002" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/b-unsigned.md"
signed sam commit -q -S --allow-empty -m "Approve POL-003" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/c-wrong-key.md"
