# clauselint status --format json with require_signature: a verified approval is "approved" with "signature": "verified"; a document approved only by a forged trailer is "unverified" with "signature": "unsigned".
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/a-verified.md POL-001
good_policy policies/b-forged.md POL-002
commit "Add two policies"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/a-verified.md"
as "Sam Ortiz" sam@example.com
commit "Approve POL-002" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/b-forged.md"
