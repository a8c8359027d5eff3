# approvals.trailer names the trailer that records an approval: a Signed-off-as-approved trailer approves the policy; an Approved-by trailer no longer approves the procedure (approval-missing).
standard_people
write .clauselint.yml <<'YML'
approvals:
  trailer: Signed-off-as-approved
YML
clause5_off
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add the policy and the access control procedure"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Signed-off-as-approved: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
commit "Approve PRO-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/access.md"
