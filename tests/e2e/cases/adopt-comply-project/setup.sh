# A comply project: a YAML header without the opening `---` (name,
# acronym, satisfies by framework, majorRevisions), closed by `---`;
# policies/, procedures/ and narratives/; pandoc's lettered lists. Before
# adoption nothing is governed and the note says why; init --adopt reads
# the header, maps name, acronym and satisfies, types the documents by
# folder, and its approval commit brings them under approval. What is
# left is true: the documents name no owner, version or approver.
rm .clauselint.yml
printf '# Compliance program\n\nBuilt with comply.\n' | write README.md
write policies/access.md <<'MD'
name: Access Onboarding and Termination Policy
acronym: AOTP
satisfies:
  TSC:
    - CC6.1
  ISO27001:2022:
    - A.5.18
majorRevisions:
  - date: Jun 1 2018
    comment: Initial document
---
# Purpose and Scope

    a. This policy addresses access to systems.
MD
write policies/policy.md <<'MD'
name: Policy Training Policy
acronym: PTP
satisfies:
  TSC:
    - CC9.9
majorRevisions:
  - date: Jun 1 2018
    comment: Initial document
---
# Purpose and Scope

    a. This policy addresses policy education.
MD
write procedures/workstation.md <<'MD'
id: "workstation"
name: "Collect Workstation Details"
cron: "0 0 0 15 4 *"
---

Resolve this ticket by executing the following steps.
MD
write narratives/control.md <<'MD'
name: Control Environment Narrative
acronym: CEN
satisfies:
  TSC:
    - CC2.1
majorRevisions:
  - date: Jun 1 2018
    comment: Initial document
---
# Control Environment
MD
at 2026-03-01
commit "Add the comply project"
adopt_check
