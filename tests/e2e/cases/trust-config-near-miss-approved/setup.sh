# Near miss of the configuration attacks: the change to .clauselint.yml (a new exclude) is approved by Dana, signed: it comes into force, and the excluded notes folder is no longer read. No finding.
attack_base
mkdir -p notes
printf -- '---\ntype: nonsense\n---\n' >notes/scratch.md
printf 'exclude: ["notes/**"]\n' >>.clauselint.yml
commit "Exclude the notes"
at 2026-04-02
as_dana_signed "Approve the configuration" --trailer "Approves: .clauselint.yml"
