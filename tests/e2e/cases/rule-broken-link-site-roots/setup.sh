# A Docusaurus portal links from the site's root: /policies/x.pdf is
# served from static/, and /blog/... pages are generated. links.roots and
# links.routes say so: those links resolve. The near misses: a root-link
# whose file is in no root, a route the configuration doesn't name, and
# a link that climbs out of the root (/../people.yml) are broken.
printf 'links:\n  roots: [static]\n  routes: ["/blog/**"]\n' >>.clauselint.yml
printf 'PDF\n' | write static/policies/isp.pdf
write docs/policies/access.md <<'MD'
---
id: REC-001
title: Access notes
type: record
owner: ISMS Lead
date: 2026-01-10
---

The [signed copy](/policies/isp.pdf), the [announcement](/blog/2026/access),
the [old copy](/policies/old.pdf), the [changelog](/changelog/2026) and
[the registry](/../people.yml).
MD
commit "Add the portal"
