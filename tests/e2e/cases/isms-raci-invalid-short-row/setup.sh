# raci-invalid: a row with fewer cells than the header (the ISMS Lead cell left out) has nobody responsible: a finding, no crash.
isms_files
isms_raci "Conduct the internal audit" A
isms_commit
