# management-training-exempt: the CEO is missing from the training record.
isms_files
sed -i '/^| Dana Whitfield/d' $ISMS_TRAINING
isms_commit
