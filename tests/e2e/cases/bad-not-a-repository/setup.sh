# Run in a folder that is not inside a git repository (a sibling of the case's repository): exit 2 with one line on stderr.
