# management-review-missing: the minutes name the role "Managing Director", but nobody in people.yml holds it, so no one from top management attended.
isms_files
sed -i 's/^attendees: .*/attendees: [Sam Ortiz, Managing Director]/' $ISMS_REVIEW
isms_commit
