# management-review-missing: the recent management review was attended only by Sam Ortiz, the ISMS Lead, nobody of top management.
isms_files
sed -i 's/^attendees: .*/attendees: [Sam Ortiz]/' $ISMS_REVIEW
isms_commit
