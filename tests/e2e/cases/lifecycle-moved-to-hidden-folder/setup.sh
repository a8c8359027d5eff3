# Attack: hidden folders are never read (other tools' Markdown lives in
# .github, .obsidian, .trash). The pull request moves the approved access
# policy into .archive/: it left force, and nobody approved that.
attack_base
mkdir -p .archive
git mv policies/access.md .archive/access.md
git commit -q -m "Archive the access policy"
