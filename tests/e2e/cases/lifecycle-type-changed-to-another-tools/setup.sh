# Attack: a type that isn't one of ours makes a file no document (a Hugo
# post, an issue template). The pull request gives the approved access
# policy `type: post`, so no rule would read it: it left force unapproved.
ATTACK_ALSO= attack_base
sed -i 's/^type: policy$/type: post/' policies/access.md
git commit -q -am "Publish the access policy on the blog"
