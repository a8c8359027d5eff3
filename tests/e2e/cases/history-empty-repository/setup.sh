# A new repository (git init, no commit) with an untracked policy: there is no history, so no approval: approval-missing, exit 1.
write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Sam Ortiz
    email: sam@example.com
    roles: [IT Manager, ISMS Lead]
YML
good_policy policies/isp.md
