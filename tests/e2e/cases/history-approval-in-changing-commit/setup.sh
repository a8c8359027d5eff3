# A commit that changes the policy and carries Approved-by approves what it changed: Sam's edit, co-signed by Dana in its trailer, is approved and not a self-approval: no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
at 2026-03-02
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
