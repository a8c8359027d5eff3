# A rename is no change of content: Sam wrote the policy, Dana approved it, then Dana moved it with git mv; she approved Sam's change, not her own: no self-approval, no finding.
standard_people
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
at 2026-04-01
git mv policies/isp.md policies/information-security-policy.md
commit "Rename the policy file"
