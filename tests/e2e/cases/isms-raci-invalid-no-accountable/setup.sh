# raci-invalid: the internal audit row has a C and an R but no A.
isms_files
isms_raci "Conduct the internal audit" C R
isms_commit
