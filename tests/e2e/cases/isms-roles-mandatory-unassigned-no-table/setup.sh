# roles-mandatory-unassigned: a roles document with the responsibilities as a bullet list, no table, assigns neither 5.3 a nor b.
isms_files
sed -i '/^| /d' $ISMS_ROLES
printf -- '- The ISMS Lead ensures the ISMS conforms to ISO/IEC 27001.\n- The ISMS Lead reports on ISMS performance to the CEO.\n' >>$ISMS_ROLES
isms_commit
