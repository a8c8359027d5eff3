# management-review-missing near miss: the review attended by the ISMS Lead and by the role "CEO".
isms_files
sed -i 's/^attendees: .*/attendees: [Sam Ortiz, CEO]/' $ISMS_REVIEW
isms_commit
