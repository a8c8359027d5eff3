# roles-missing: the only roles document is a draft, which assigns nothing yet.
isms_files
sed -i 's/^type: roles/type: roles\nstatus: draft/' $ISMS_ROLES
isms_commit
