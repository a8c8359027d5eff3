# A signing key whose first field says ssh-ed25519 but whose data is an RSA key (two lines mixed up) is a configuration error with its line: exit 2.
keygen rsa rsa
write people.yml <<YML
people:
  - name: Dana Whitfield
    email: dana@example.com
    roles: [CEO]
    signing_keys:
      - ssh-ed25519 $(cut -d' ' -f2 .git/keys/rsa.pub) dana@laptop
YML
good_policy policies/isp.md
commit "Add the information security policy"
