# raci-invalid near miss: lower-case letters (a), combined cells ("r, c", A/R) and "-" for no part are valid RACI.
isms_files
isms_raci "Conduct the internal audit" a "r, c"
isms_raci "Run the management review" A/R -
isms_commit
