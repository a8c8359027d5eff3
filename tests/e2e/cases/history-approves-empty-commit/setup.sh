# One empty commit with an Approved-by trailer and two Approves: trailers approves both documents at their committed content: no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add the policy and the access control procedure"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 and PRO-001" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md" --trailer "Approves: policies/access.md"
