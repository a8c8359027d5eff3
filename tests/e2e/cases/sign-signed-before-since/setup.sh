# Dana joins on 2026-04-01 (since) but signs an approval on 2026-03-02: approval-unverified (before they joined).
keygen dana
keygen sam
signing_people
sed -i 's/^    roles: \[CEO\]$/    roles: [CEO]\n    since: 2026-04-01/' people.yml
grep -q 'since: 2026-04-01' people.yml
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
# The trust inputs are approved once Dana has joined.
at 2026-04-02
approve_trust again
