# approval-missing: an active policy committed by Sam with no Approved-by commit anywhere in its history is an error.
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
