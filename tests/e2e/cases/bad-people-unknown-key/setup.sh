# An unknown key for a person in people.yml is a configuration error: exit 2, one line with file:line.
good_policy policies/isp.md
write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
  - name: Sam Ortiz
    email: sam@example.com
    role: ISMS Lead
YML
commit "Add a people registry with a misspelt key"
