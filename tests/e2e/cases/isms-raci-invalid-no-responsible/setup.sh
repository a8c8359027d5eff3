# raci-invalid: the internal audit row has an A and a C but no R.
isms_files
isms_raci "Conduct the internal audit" A C
isms_commit
