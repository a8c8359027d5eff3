# --changed-since naming no revision (origin/main not fetched) is a usage error: exit 2, one line on standard error.
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
good_policy policies/a.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure A/' policies/a.md
commit "Add procedure A"
