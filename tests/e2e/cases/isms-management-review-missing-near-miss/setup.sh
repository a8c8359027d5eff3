# management-review-missing near miss: the review attended by the ISMS Lead and by Dana Whitfield (CEO), named as a person.
isms_files
sed -i 's/^attendees: .*/attendees: [Sam Ortiz, Dana Whitfield]/' $ISMS_REVIEW
isms_commit
