# management-review-missing: no management review record at all.
isms_files
rm $ISMS_REVIEW
isms_commit
