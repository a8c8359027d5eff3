# A .md file containing NUL bytes is file-unreadable (binary), not read as text.
mkdir -p notes
printf -- '---\nid: NUL-001\n---\na\000b\n' >notes/binary.md
commit "Add a Markdown file with NUL bytes"
