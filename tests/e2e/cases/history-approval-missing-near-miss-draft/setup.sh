# Near miss of approval-missing: the same never-approved policy with status: draft is exempt from the approval rules.
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
sed -i 's/^approver: CEO/&\nstatus: draft/' policies/isp.md
commit "Add a draft of the information security policy"
