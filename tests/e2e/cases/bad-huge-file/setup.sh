# A 50 MB untracked (not ignored) Markdown file is file-unreadable (over the 512 KiB cap), quickly, without a crash.
good_policy policies/isp.md
commit "Add the information security policy"
mkdir -p notes
{ printf -- '---\nid: BIG-001\ntype: record\n---\n'; yes 'A line of text in a very large note.' | head -c 52428800; } >notes/huge.md
