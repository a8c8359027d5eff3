# role-unknown: the RACI column "CISO" is a role nobody in people.yml holds (Sam Ortiz is the ISMS Lead).
isms_files
sed -i 's/^| Activity \( *\)| CEO | ISMS Lead |/| Activity \1| CEO | CISO      |/' $ISMS_ROLES
isms_commit
