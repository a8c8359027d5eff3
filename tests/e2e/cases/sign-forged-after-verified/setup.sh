# Version 1.0 was approved by Dana, signed; Sam changes the policy and forges Dana's trailer on his unsigned commit: approval-unverified for the current content, not approval-stale as well.
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
as "Sam Ortiz" sam@example.com
at 2026-04-10
sed -i 's/^version: "1.0"$/version: "1.1"/' policies/isp.md
echo "Remote working follows the same rules." >>policies/isp.md
commit "POL-001 1.1: remote working" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
