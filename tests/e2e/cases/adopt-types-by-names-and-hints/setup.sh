# init --adopt types the documents that name no type by what says it:
# a numbered folder (10-policies/), `tags: [procedure]`, `policy: true`
# (Hugo), a title ending in "Policy", a file name (access-richtlinie.md);
# never a template (_template-policy.md). It finds a Docusaurus site and
# reads its static/ as the site's root, so /files/isp.pdf resolves.
rm .clauselint.yml
printf 'module.exports = {};\n' | write portal/docusaurus.config.js
printf 'PDF\n' | write portal/static/files/isp.pdf
printf -- '---\ntitle: Information Security\nowner: CISO\n---\n\nThe [signed copy](/files/isp.pdf).\n' | write portal/docs/10-policies/isp.md
printf -- '---\ntitle: Backups\ntags: [procedure]\n---\n' | write portal/docs/notes/backups.md
printf -- '---\ntitle: Vendors\npolicy: true\n---\n' | write site/vendor/index.md
printf -- '---\ntitle: Acceptable Use Policy\n---\n' | write handbook/aup.md
printf -- '---\ntitel: Zugriff\n---\n' | write de/zugriffs-richtlinie.md
printf -- '---\ntitle: Template\n---\n' | write portal/docs/00-overview/_template-policy.md
printf -- '---\ntitle: Welcome\n---\n' | write portal/docs/intro.md
at 2026-03-01
commit "Add the portal"
adopt_check
