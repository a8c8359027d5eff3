# A repository with no commit and no file: nothing to lint, exit 0.
