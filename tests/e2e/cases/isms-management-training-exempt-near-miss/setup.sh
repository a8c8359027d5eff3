# management-training-exempt near miss: the CEO named as "Dana Whitfield <dana@example.com>" in the training record and as "dana whitfield" in the acknowledgements.
isms_files
sed -i 's/^| Dana Whitfield |/| Dana Whitfield <dana@example.com> |/' $ISMS_TRAINING
sed -i 's/^| Dana Whitfield |/| dana whitfield |/' $ISMS_ACK
isms_commit
