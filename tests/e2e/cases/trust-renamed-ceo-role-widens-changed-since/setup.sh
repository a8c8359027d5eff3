# A pull request that renames the CEO role in people.yml (approved by nobody) touches no document: --changed-since still reports every document, with trust-input-unapproved, because what decides their approval changed.
attack_base
sed -i 's/roles: \[CEO\]/roles: [Chief Executive]/' people.yml
commit "Rename the CEO role"
