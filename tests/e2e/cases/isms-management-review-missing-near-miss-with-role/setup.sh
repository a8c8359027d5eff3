# management-review-missing near miss: attendees written as minutes often do, "Dana Whitfield (CEO)", name the CEO.
isms_files
sed -i 's/^attendees: .*/attendees: [Sam Ortiz (ISMS Lead), Dana Whitfield (CEO)]/' $ISMS_REVIEW
isms_commit
