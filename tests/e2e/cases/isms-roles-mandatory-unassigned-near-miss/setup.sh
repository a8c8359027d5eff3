# roles-mandatory-unassigned near miss: "Ensure conformity with ISO/IEC 27001" assigns 5.3 a.
isms_files
sed -i 's/Ensure the ISMS conforms to ISO\/IEC 27001/Ensure conformity with ISO\/IEC 27001/' $ISMS_ROLES
isms_commit
