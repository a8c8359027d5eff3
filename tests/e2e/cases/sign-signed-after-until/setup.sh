# Dana left on 2026-02-28 (until) and signs an approval on 2026-03-02 with her still-registered key: the signature is valid but not an approval, approval-unverified (after they left).
keygen dana
keygen sam
signing_people
sed -i 's/^    roles: \[CEO\]$/    roles: [CEO]\n    until: 2026-02-28/' people.yml
grep -q 'until: 2026-02-28' people.yml
require_signature
at 2026-02-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
