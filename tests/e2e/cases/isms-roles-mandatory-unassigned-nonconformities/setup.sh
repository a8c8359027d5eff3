# roles-mandatory-unassigned: a row "Manage nonconformities" is clause 10.2, not 5.3 a: "conform" inside "nonconformities" does not assign it.
isms_files
sed -i 's/Ensure the ISMS conforms to ISO\/IEC 27001/Manage nonconformities and corrective actions/' $ISMS_ROLES
isms_commit
