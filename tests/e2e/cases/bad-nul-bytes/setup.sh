# A policy containing NUL bytes is file-unreadable (binary), not read as
# text. Beside it, a note with front matter but no type and a NUL is no
# document of ours: the summary counts it as not governed, no finding.
mkdir -p notes policies
printf -- '---\nid: POL-001\ntype: policy\n---\na\000b\n' >policies/binary.md
printf -- '---\nid: NUL-001\n---\na\000b\n' >notes/binary.md
commit "Add Markdown files with NUL bytes"
