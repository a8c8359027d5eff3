# -C a bare repository (no working tree to lint): exit 2 with one line on stderr.
git init -q --bare bare.git
