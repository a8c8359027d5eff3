# raci-invalid: RASCI's S (supportive) in a RACI table is not a RACI letter, and leaves the row with nobody responsible.
isms_files
isms_raci "Conduct the internal audit" A S
isms_commit
