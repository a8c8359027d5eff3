# A document that .gitignore ignores is not linted, even with front matter that can't be read.
good_policy policies/isp.md
printf 'drafts/\n*.local.md\n' | write .gitignore
printf -- '---\ntitle: [unclosed\n---\n' | write drafts/wip.md
printf -- '---\ntitle: [unclosed\n---\n' | write policies/isp.local.md
commit "Add the information security policy"
