# role-unknown near miss: the RACI column "isms lead", cased differently from people.yml's "ISMS Lead", is the same role.
isms_files
sed -i 's/^| Activity \( *\)| CEO | ISMS Lead |/| Activity \1| CEO | isms lead |/' $ISMS_ROLES
isms_commit
