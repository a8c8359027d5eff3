# Near miss of an approval: "Approved-by:" in the body of a message whose last paragraph is prose is no git trailer: approval-missing.
write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
YML
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" -m "Approved-by: Dana Whitfield <dana@example.com>
Approves: policies/isp.md" -m "To be signed at the next board meeting."
