# The legitimate path of the README: a repository without signatures, whose chain of trust Dana (CEO) started, registers her key and turns require_signature on in one change, which she approves unsigned: it is judged by the versions in force before it, which don't ask for a signature, and comes into force. From then on her unsigned approval of the policy doesn't count: approval-unverified (trust-signing-turned-on-near-miss signs it).
at 2026-03-01
good_policy policies/isp.md
commit "Set up"
keygen dana
at 2026-03-02
sed -i "/roles: \[CEO\]/a\    signing_keys:\n      - $(cat .git/keys/dana.pub)" people.yml
require_signature
git add -A
git commit -q -m "Sign approvals"
as "Dana Whitfield" dana@example.com
git commit -q --allow-empty -m "Approve signing" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: people.yml" --trailer "Approves: .clauselint.yml"
at 2026-03-03
git commit -q --allow-empty -m "Approve POL-001, unsigned" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
