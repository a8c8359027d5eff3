# A governed document with invalid UTF-8 in its front matter or in its body is file-unreadable.
good_policy policies/body.md POL-002
printf '\nBad byte in the body: \377\376.\n' >>policies/body.md
printf -- '---\nid: POL-001\ntitle: Caf\351 Policy\ntype: policy\nowner: ISMS Lead\nversion: "1.0"\napprover: CEO\n---\n\n# Policy\n' >policies/front.md
commit "Add policies with invalid UTF-8"
