# An Approves: trailer approves only the document it names: Dana approves the procedure, not the policy, so the policy alone is approval-missing.
standard_people
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Access Control Procedure/' policies/access.md
commit "Add the policy and the access control procedure"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve PRO-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/access.md"
