#!/bin/sh
# check-source.sh: what review shouldn't have to catch in the C sources
# (docs/architecture.md, Conventions):
#
#   1. a user-visible message split across string literals in the
#      product (lib/, rules/, cmd/): a literal that doesn't end a line of
#      text ("...\n") continued by another on the next line ("or retire "
#      "the old one"), which grep can't find;
#   2. code clang-format would change (skipped, with a note, when
#      clang-format is missing, unless CLAUSELINT_REQUIRE_TOOLS=1). Each
#      major version of clang-format lays some code out its own way: the
#      sources are kept as 14 (Debian 12), 18 (Ubuntu 24.04) and 19 (Debian 13) format
#      them, and another version only notes what it would change
#      (docs/platforms.md).
#
# Exit status: 0 clean, 1 something to fix, 2 a tool missing that is
# required.
set -u
cd "$(dirname "$0")/.." || exit 2

product=$(ls lib/*.h lib/*/*.[ch] rules/*.[ch] cmd/*.[ch])
sources="$product $(ls tests/lib/*.c tests/lib/*/*.c tests/rules/*.c)"
status=0

split=$(awk '
	FNR == 1 { prev = "" }
	{
		if (prev ~ /"[ \t]*$/ && prev !~ /\\n"[ \t]*$/ && $0 ~ /^[ \t]*"/ && prev !~ /^[ \t]*(\/\*|\*|#)/)
			printf "%s:%d: a message continues on this line: make it one literal\n", FILENAME, FNR
		prev = $0
	}' $product)
if [ -n "$split" ]; then
	printf '%s\n' "$split"
	status=1
fi

FORMAT_VERSIONS="14 18 19"
if command -v clang-format >/dev/null 2>&1; then
	major=$(clang-format --version | sed -n 's/.*version \([0-9][0-9]*\).*/\1/p')
	unformatted=$(for f in $sources; do
		clang-format "$f" | cmp -s - "$f" || echo "$f"
	done)
	case " $FORMAT_VERSIONS " in
	*" $major "*)
		if [ -n "$unformatted" ]; then
			printf '%s: not formatted as .clang-format says (make format)\n' $unformatted
			status=1
		fi
		;;
	*)
		[ -z "$unformatted" ] ||
			echo "check-source: note: clang-format $major would lay out $(echo $unformatted | wc -w) files otherwise; the sources follow clang-format $FORMAT_VERSIONS"
		;;
	esac
elif [ "${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then
	echo "check-source: clang-format is missing, and CLAUSELINT_REQUIRE_TOOLS=1" >&2
	exit 2
else
	echo "check-source: note: clang-format is missing; formatting not checked"
fi

[ $status = 0 ] && echo "check-source: $(echo $sources | wc -w) files: no split message, formatted"
exit $status
