# raci-invalid: four broken rows in one table, each reported on its own line: no A, two A, no R, and RASCI's S.
isms_files
isms_raci "Approve the information security policy" C R
isms_raci "Manage the risk register" A A/R
isms_raci "Conduct the internal audit" A C
isms_raci "Run the management review" A R/S
isms_commit
