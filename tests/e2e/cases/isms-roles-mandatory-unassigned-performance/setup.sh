# roles-mandatory-unassigned: no RACI row assigns 5.3 b; the reporting row reports on "status", not performance.
isms_files
sed -i 's/Report on ISMS performance to top management/Report on ISMS status to top management/' $ISMS_ROLES
isms_commit
