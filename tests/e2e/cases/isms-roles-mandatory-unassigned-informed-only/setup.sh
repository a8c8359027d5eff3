# roles-mandatory-unassigned: the 5.3 b row only informs (I) and consults (C): nobody is accountable or responsible, so it is not assigned (and the row is an invalid RACI row).
isms_files
isms_raci "Report on ISMS performance to top management" I C
isms_commit
