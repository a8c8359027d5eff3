# role-unknown near miss: columns "All staff" and "Top management" stand for everyone and for top management as a body, not for one person's role.
isms_files
sed -i 's/^| Activity \( *\)| CEO | ISMS Lead |/| Activity \1| CEO | ISMS Lead | All staff | Top management |/; s/^| ---\(.*\)|$/| ---\1| --- | --- |/; s/^\(| Manage the risk register *| I *| A\/R *|\)$/\1 I | I |/' $ISMS_ROLES
isms_commit
