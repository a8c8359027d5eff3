# --rev in a bare clone with a PATH that matches no file of the revision is a usage error, as without --rev: exit 2, one line, never a silent pass over nothing.
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
