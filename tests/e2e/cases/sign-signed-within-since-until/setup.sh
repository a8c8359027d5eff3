# Dana's signed approval falls within her since/until in people.yml (since 2026-01-01, until 2026-12-31, approved 2026-03-02): verified, exit 0.
keygen dana
keygen sam
signing_people
sed -i 's/^    roles: \[CEO\]$/    roles: [CEO]\n    since: 2026-01-01\n    until: 2026-12-31/' people.yml
grep -q 'until: 2026-12-31' people.yml
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
