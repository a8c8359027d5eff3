# Front matter that is a YAML list or a plain scalar, not a mapping, is front-matter-invalid.
write notes/list.md <<'MD'
---
- id
- title
---

A list, not a mapping.
MD
write notes/scalar.md <<'MD'
---
just some words
---

A scalar, not a mapping.
MD
commit "Add notes whose front matter is not a mapping"
