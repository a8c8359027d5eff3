# roles-missing near miss: the roles document says status: active.
isms_files
sed -i 's/^type: roles/type: roles\nstatus: active/' $ISMS_ROLES
isms_commit
