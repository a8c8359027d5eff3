# management-review-missing: "Sam Ortiz (CEO)" names Sam Ortiz, and the note in parentheses doesn't make him top management: people.yml says who holds which role.
isms_files
sed -i 's/^attendees: .*/attendees: [Sam Ortiz (CEO)]/' $ISMS_REVIEW
isms_commit
