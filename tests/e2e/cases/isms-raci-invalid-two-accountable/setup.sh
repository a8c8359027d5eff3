# raci-invalid: the internal audit row has two A (CEO and ISMS Lead); the message names both.
isms_files
isms_raci "Conduct the internal audit" A A/R
isms_commit
