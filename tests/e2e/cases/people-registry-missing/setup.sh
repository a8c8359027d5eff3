# people-registry-missing: a policy approved by Dana, and no people.yml:
# the registry's absence is named once, beside the approver-unknown of
# the approval.
rm -f people.yml
good_policy policies/isp.md
commit "Add the policy"
as "Dana Whitfield" dana@example.com
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
