# RACI tables as people write them: a leading `#` column of row numbers
# (not the activity), a legend row (`| Legend | R = Responsible | ...`),
# and the same unknown role heading three tables (role-unknown once).
# The near miss: a numbered row with nobody accountable is still
# raci-invalid, named by its activity, not by its number.
isms_files
write $ISMS_ROLES <<'MD'
---
id: ROL-001
title: ISMS Roles and Responsibilities
type: roles
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.3"]
---

# ISMS Roles and Responsibilities

## Governance

| # | Activity                                     | CEO | ISMS Lead | Privacy Officer |
| - | -------------------------------------------- | --- | --------- | --------------- |
| 1 | Approve the information security policy      | A   | R         | C               |
| 2 | Ensure the ISMS conforms to ISO/IEC 27001    | A   | R         | I               |
| 3 | Report on ISMS performance to top management | I   | A/R       | I               |
| Legend | R = Responsible | A = Accountable | C = Consulted | I = Informed |

## Operations

| No. | Activity                  | CEO | ISMS Lead | Privacy Officer |
| --- | ------------------------- | --- | --------- | --------------- |
| 4   | Manage the risk register  | I   | A/R       | C               |
| 5   | Conduct the internal audit | C  | R         | I               |

## Privacy

| Activity                   | ISMS Lead | Privacy Officer |
| -------------------------- | --------- | --------------- |
| Run the management review  | R         | A               |
MD
isms_commit
