# With require_signature, a later approval of other content supersedes only when it is verified: Sam's forged, unsigned "approval" of an edit by Dana takes nothing away from Dana's signed approval of the content restored after it. The current content stays approved: no finding.
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
at 2026-04-01
echo "Exceptions are forbidden." >>policies/isp.md
commit "POL-001: no exceptions" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
at 2026-05-01
sed -i '/^Exceptions are forbidden.$/d' policies/isp.md
commit "Restore the earlier text"
