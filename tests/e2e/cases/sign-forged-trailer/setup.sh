# require_signature: true; Sam writes "Approved-by: Dana Whitfield" on an unsigned commit of his own: approval-unverified (not signed), and not approval-missing as well.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
