# A signing key whose base64 can't be read is a configuration error naming people.yml and the line: exit 2.
write people.yml <<'YML'
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
    signing_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA!nvalid dana@laptop
YML
good_policy policies/isp.md
commit "Add the information security policy"
