# An Obsidian vault whose requirement notes carry Dataview inline fields
# (`Code:: 5.3`) instead of front matter, beside a policy with front
# matter, a deleted note in .trash/ and the vault's Templates/. Before
# adoption the notes are skipped; init --adopt reads Dataview fields, and
# after its approval commit the notes are requirement notes: the one
# the policy doesn't claim is requirement-uncovered, the true finding.
rm .clauselint.yml
good_policy policies/isp.md
write requirements/5.2.md <<'MD'
# Policy

Code:: 5.2
Name:: Policy
Framework:: ISO27001:2022
Section:: Requirements
Category:: Governance
MD
write requirements/5.3.md <<'MD'
# Roles

Code:: 5.3
Name:: Organisational roles, responsibilities and authorities
Framework:: ISO27001:2022
Section:: Requirements
Category:: Governance
MD
write .trash/5.2.md <<'MD'
Code:: 5.2
Name:: Policy
MD
write Templates/Requirement.md <<'MD'
Code:: {{code}}
Name:: {{title}}
MD
at 2026-03-01
commit "Add the vault"
adopt_check
