# Sam signs his own approval with his key and adds a second trailer naming Dana (CEO): only Sam's approval is verified, so the policy is approved by nobody in top management, and by its own author.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
signed sam commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Sam Ortiz <sam@example.com>" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
