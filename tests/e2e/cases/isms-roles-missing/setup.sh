# roles-missing: no roles document.
isms_files
rm $ISMS_ROLES
isms_commit
