# cmark's own pathological inputs (test/pathological_tests.py in cmark and
# cmark-gfm), each as large as the 512 KiB cap allows: deep nesting of
# emphasis, brackets, block quotes and lists; unmatched openers and
# closers; backtick runs; unclosed links and comments; thousands of link
# reference definitions; the "-\v" table. Every file is read within the
# time and memory ceiling, and no message quotes a whole 150 KB link.
note() {
	printf -- '---\nid: REC-%s\ntitle: %s\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n' "$1" "$1"
	awk "BEGIN { $2 }"
}
note emph-nested 'for (i = 0; i < 7500; i++) printf "*a **a "; printf "b"; for (i = 0; i < 7500; i++) printf " a** a*"; print ""' | write notes/emph-nested.md
note emph-closers 'for (i = 0; i < 150000; i++) printf "a_ "; print ""' | write notes/emph-closers.md
note emph-openers 'for (i = 0; i < 150000; i++) printf "_a "; print ""' | write notes/emph-openers.md
note emph-mismatched 'for (i = 0; i < 100000; i++) printf "*a_ "; print ""' | write notes/emph-mismatched.md
note emph-multiple-of-3 'printf "a**b"; for (i = 0; i < 150000; i++) printf "c* "; print ""' | write notes/emph-multiple-of-3.md
note link-closers 'for (i = 0; i < 200000; i++) printf "a]"; print ""' | write notes/link-closers.md
note link-openers 'for (i = 0; i < 200000; i++) printf "[a"; print ""' | write notes/link-openers.md
note link-openers-emph-closers 'for (i = 0; i < 100000; i++) printf "[ a_"; print ""' | write notes/link-openers-emph-closers.md
note bracket-paren 'for (i = 0; i < 100000; i++) printf "[ (]("; print ""' | write notes/bracket-paren.md
note link-emph-hard 'for (i = 0; i < 500; i++) printf "**x [a*b**c*](d)"; print ""' | write notes/link-emph-hard.md
note nested-brackets 'for (i = 0; i < 150000; i++) printf "["; printf "a"; for (i = 0; i < 150000; i++) printf "]"; print ""' | write notes/nested-brackets.md
note nested-block-quotes 'for (i = 0; i < 200000; i++) printf "> "; print "a"' | write notes/nested-block-quotes.md
note nested-lists 'for (i = 0; i < 700; i++) { for (j = 0; j < i; j++) printf "  "; print "* a" }' | write notes/nested-lists.md
note backticks 'for (i = 1; i < 1000; i++) { printf "e"; for (j = 0; j < i; j++) printf "`" }; print ""' | write notes/backticks.md
note unclosed-links-angle 'for (i = 0; i < 80000; i++) printf "[a](<b"; print ""' | write notes/unclosed-links-angle.md
note unclosed-links 'for (i = 0; i < 100000; i++) printf "[a](b"; print ""' | write notes/unclosed-links.md
note unclosed-comments 'printf "</"; for (i = 0; i < 120000; i++) printf "<!--"; print ""' | write notes/unclosed-comments.md
note reference-definitions 'for (i = 0; i < 40000; i++) printf "[%d]: u\n", i; print ""' | write notes/reference-definitions.md
note strikethrough 'for (i = 0; i < 120000; i++) printf "~~a "; print ""' | write notes/strikethrough.md
note autolinks 'for (i = 0; i < 50000; i++) printf "www.a.b_ "; print ""' | write notes/autolinks.md
note vertical-tab-table 'for (i = 0; i < 30000; i++) printf "aaa\rbbb\n-\v\n"; print ""' | write notes/vertical-tab-table.md
commit "Add cmark's pathological inputs"
