# roles-mandatory-unassigned near miss: "Report the performance of the ISMS to top management", other word order, assigns 5.3 b.
isms_files
sed -i 's/Report on ISMS performance to top management/Report the performance of the ISMS to top management/' $ISMS_ROLES
isms_commit
