# Near miss of self-approval: Dana wrote the first version, but Sam made the current change and Dana approved it: no finding.
standard_people
as "Dana Whitfield" dana@example.com
at 2026-02-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Sam Ortiz" sam@example.com
at 2026-03-01
echo "Access is reviewed every quarter." >>policies/isp.md
commit "Tighten access reviews"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
