# A symlinked .md pointing outside the repository is not followed: no finding from the target's content.
good_policy policies/isp.md
outside=$(mktemp -d "$(pwd)/../outside.XXXXXX")
printf -- '---\ntitle: [unclosed\n---\n' >"$outside/evil.md"
ln -s "$outside/evil.md" policies/link.md
ln -s "$outside" policies/linkdir
commit "Add a symlink that points outside the repository"
