#!/bin/sh
# install.sh: make install and uninstall, and the man page: it renders
# without a warning, says the binary's version, and documents every
# command and option `clauselint --help` prints.
#
#   sh tests/integration/install.sh BIN
#
# groff and mandoc lint the page when they are installed; a missing one is
# skipped, unless CLAUSELINT_REQUIRE_TOOLS=1: then it fails.
set -u

bin=${1:?usage: install.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "install: no binary at $bin" >&2; exit 2; }
build=$(dirname "$bin")
page="$top/man/clauselint.1"

work=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-install.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

. "$here/report.sh"
has_line() {
	grep -qxF -- "$1" "$work/out"
}
# A tool the test needs: 0 when it is there; otherwise a skip, or a
# failure under CLAUSELINT_REQUIRE_TOOLS=1.
tool() {
	command -v "$1" >/dev/null 2>&1 && return 0
	if [ "${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then
		echo "$1 is not installed, and CLAUSELINT_REQUIRE_TOOLS=1" >"$work/out"
		fail "$2"
	else
		echo "skip $2: $1 is not installed"
	fi
	return 1
}

# ---- make install, uninstall ----

dest="$work/dest"
make -s -C "$top" BUILD="$build" install DESTDIR="$dest" PREFIX=/usr >"$work/out" 2>&1
rc=$?
if [ $rc = 0 ] && [ -x "$dest/usr/bin/clauselint" ] && [ -f "$dest/usr/share/man/man1/clauselint.1" ] &&
	[ "$(stat -c %a "$dest/usr/bin/clauselint")" = 755 ] &&
	[ "$(stat -c %a "$dest/usr/share/man/man1/clauselint.1")" = 644 ] &&
	[ "$(find "$dest" -type f | wc -l)" = 2 ]; then
	ok "make install DESTDIR=... PREFIX=/usr installs bin/clauselint and share/man/man1/clauselint.1"
else
	fail "make install (exit $rc)"
fi

"$dest/usr/bin/clauselint" --version >"$work/out" 2>&1
rc=$?
if [ $rc = 0 ] && [ "$(cat "$work/out")" = "$("$bin" --version)" ]; then
	ok "the installed binary runs: $(cat "$work/out")"
else
	fail "the installed binary --version (exit $rc)"
fi

make -s -C "$top" BUILD="$build" uninstall DESTDIR="$dest" PREFIX=/usr >"$work/out" 2>&1
rc=$?
if [ $rc = 0 ] && [ -z "$(find "$dest" -type f)" ]; then
	ok "make uninstall removes both"
else
	find "$dest" -type f >>"$work/out"
	fail "make uninstall (exit $rc)"
fi

make -s -C "$top" BUILD="$build" install DESTDIR="$work/default" >"$work/out" 2>&1
rc=$?
if [ $rc = 0 ] && [ -x "$work/default/usr/local/bin/clauselint" ] &&
	[ -f "$work/default/usr/local/share/man/man1/clauselint.1" ]; then
	ok "PREFIX defaults to /usr/local"
else
	fail "make install with the default PREFIX (exit $rc)"
fi

# ---- without sudo ----

# A prefix the user can't write: one line that says what to do, exit 2,
# nothing half-installed. Run as nobody when the test runs as root.
as_user() {
	if [ "$(id -u)" = 0 ]; then
		command -v su >/dev/null 2>&1 || return 1
		su nobody -s /bin/sh -c "$1"
	else
		sh -c "$1"
	fi
}
mkdir -p "$work/locked" "$work/user-home"
cp "$bin" "$work/bin-copy"
chmod 755 "$work" "$work/bin-copy"
chmod 555 "$work/locked"
chmod 777 "$work/user-home"
if as_user "sh '$top/scripts/install.sh' '$work/bin-copy' '$page' '$work/locked/bin' '$work/locked/share/man'" >"$work/out" 2>&1; then
	rc=0
else
	rc=$?
fi
if [ $rc = 2 ] && [ "$(wc -l <"$work/out")" = 1 ] &&
	has_line "make install: can't write $work/locked: run sudo make install, or install for yourself with make install PREFIX=\$HOME/.local" &&
	[ -z "$(find "$work/locked" -mindepth 1)" ]; then
	ok "make install where the prefix isn't writable: one line naming sudo and PREFIX=\$HOME/.local, nothing installed"
else
	fail "make install where the prefix isn't writable (exit $rc)"
fi
as_user "PATH=/usr/bin:/bin sh '$top/scripts/install.sh' '$work/bin-copy' '$page' '$work/user-home/.local/bin' '$work/user-home/.local/share/man'" >"$work/out" 2>&1
rc=$?
if [ $rc = 0 ] && [ -x "$work/user-home/.local/bin/clauselint" ] &&
	has_line "$work/user-home/.local/bin is not on your PATH: add it, e.g. with export PATH=\"$work/user-home/.local/bin:\$PATH\" in your shell's profile"; then
	ok "make install PREFIX=\$HOME/.local without sudo, and what to add to PATH"
else
	fail "make install into the user's own prefix (exit $rc)"
fi

# ---- make dist ----

# The release tarball: made of HEAD, reproducible, builds with make
# without git, and says its version and commit.
if git -C "$top" rev-parse --verify -q HEAD >/dev/null 2>&1; then
	version=$(cat "$top/VERSION")
	tarball="$work/dist/clauselint-$version.tar.gz"
	make -s -C "$top" dist BUILD="$work/dist" >"$work/out" 2>&1
	rc=$?
	sum1=$(cut -d' ' -f1 "$tarball.sha256" 2>/dev/null)
	make -s -C "$top" dist BUILD="$work/dist" >>"$work/out" 2>&1
	sum2=$(cd "$work/dist" && sha256sum "clauselint-$version.tar.gz" | cut -d' ' -f1)
	if [ $rc = 0 ] && [ -n "$sum1" ] && [ "$sum1" = "$sum2" ] && (cd "$work/dist" && sha256sum -c --quiet "clauselint-$version.tar.gz.sha256") >>"$work/out" 2>&1; then
		ok "make dist makes the tarball and its SHA-256, the same bytes twice"
	else
		fail "make dist (exit $rc)"
	fi
	mkdir -p "$work/unpacked"
	tar -xzf "$tarball" -C "$work/unpacked" 2>"$work/out"
	src="$work/unpacked/clauselint-$version"
	listed=$(tar -tzf "$tarball" | grep -v '/$' | sed "s|^clauselint-$version/||" | grep -v '^REVISION$' | LC_ALL=C sort)
	committed=$(git -C "$top" ls-tree -r --name-only HEAD | LC_ALL=C sort)
	if [ -f "$src/REVISION" ] && [ ! -e "$src/.git" ] && [ "$listed" = "$committed" ] &&
		[ "$(cat "$src/REVISION")" = "$(git -C "$top" describe --always --abbrev=12 HEAD)" ]; then
		ok "the tarball holds the committed files and REVISION, nothing else"
	else
		echo "$listed" | diff - "$(printf '%s\n' "$committed" >"$work/committed"; echo "$work/committed")" >>"$work/out"
		fail "the tarball's files"
	fi
	(cd "$src" && env -u GIT_DIR PATH="$PATH" GIT_CEILING_DIRECTORIES="$work" make -s -j"$(nproc 2>/dev/null || echo 2)") >"$work/out" 2>&1
	rc=$?
	if [ $rc = 0 ] && [ "$("$src/build/clauselint" --version)" = "clauselint $version" ] &&
		"$src/build/clauselint" version --build-options | grep -qx "revision: $(cat "$src/REVISION")"; then
		ok "the unpacked tarball builds with make, as clauselint $version of its commit"
	else
		"$src/build/clauselint" version --build-options >>"$work/out" 2>&1
		fail "the unpacked tarball builds (exit $rc)"
	fi
fi

# ---- the man page renders without a warning ----

if tool groff "groff -man -ww renders the page without a warning"; then
	LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" >"$work/out" 2>&1
	rc=$?
	if [ $rc = 0 ] && [ ! -s "$work/out" ]; then
		ok "groff -man -ww renders the page without a warning"
	else
		fail "groff -man -ww warns (exit $rc)"
	fi
fi
if tool mandoc "mandoc -Tlint finds nothing in the page"; then
	mandoc -Tlint "$page" >"$work/out" 2>&1
	rc=$?
	if [ $rc = 0 ] && [ ! -s "$work/out" ]; then
		ok "mandoc -Tlint finds nothing in the page"
	else
		fail "mandoc -Tlint (exit $rc)"
	fi
fi

# ---- what it documents ----

version=$("$bin" --version)
if grep -q "^\.TH CLAUSELINT 1 [0-9-]* \"$version\" " "$page"; then
	ok "the page is of $version"
else
	grep '^\.TH' "$page" >"$work/out"
	fail "the page's .TH does not say $version"
fi

# undocumented HELP: the commands and options HELP (a --help output)
# names that the page doesn't: an option as \-\-name or \-x, a command as
# a tagged paragraph of COMMANDS (.TP, then .B name, .BR name or .BI name).
# Options are words that start with - after a space, [, (, | or a comma;
# commands the first word of an indented line under "Commands:".
# shellcheck disable=SC2013
undocumented() {
	for opt in $(grep -oE -- '(^|[ [(|,])--?[a-zA-Z][a-zA-Z-]*' "$1" | sed 's/^[^-]*//' | sort -u); do
		pattern=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
		grep -qE -- "$pattern([^a-z-]|\$)" "$page" || echo "option $opt"
	done
	for cmd in $(sed -n '/^Commands:/,/^$/p' "$1" | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p' | sort -u); do
		awk -v cmd="$cmd" '
			/^\.SH / { in_commands = ($0 == ".SH COMMANDS") }
			in_commands && tagged && ($1 == ".B" || $1 == ".BR" || $1 == ".BI") && $2 == cmd { found = 1 }
			{ tagged = ($0 == ".TP") }
			END { exit !found }' "$page" || echo "command $cmd"
	done
}

"$bin" --help >"$work/help"
undocumented "$work/help" >"$work/out"
if [ ! -s "$work/out" ]; then
	ok "every command and option of clauselint --help is in the page ($(grep -oE -- '(^|[ [(|,])--?[a-zA-Z][a-zA-Z-]*' "$work/help" | sed 's/^[^-]*//' | sort -u | wc -l) options)"
else
	fail "commands or options of clauselint --help missing from the page"
fi

# The check itself: an option and a command the page lacks are found.
{
	cat "$work/help"
	echo "Commands:"
	echo "  frobnicate         not a command"
	echo ""
	echo "      --frobnicate-all  not an option"
	echo "  -Z                 nor this"
} >"$work/fake-help"
undocumented "$work/fake-help" >"$work/out"
if [ "$(cat "$work/out")" = "option --frobnicate-all
option -Z
command frobnicate" ]; then
	ok "the check finds an undocumented option and command"
else
	fail "the check missed an undocumented option or command"
fi

# Every key the configuration and the people registry accept (the key
# lists the parsers check against, lib/config/) is in the page, bold, and
# in docs/configuration.md: a key added to a parser and to neither fails
# here. The front matter's own keys (mapping.c's our_keys) are
# docs/configuration.md's alone.
config_keys() {
	awk '/static const char \*const keys\[\] = \{/ { f = 1 } f { print } f && /\};/ { f = 0 }' \
		"$top/lib/config/config.c" "$top/lib/config/people.c" "$top/lib/config/mapping.c" |
		grep -o '"[A-Za-z_]*"' | tr -d '"' | LC_ALL=C sort -u
}
: >"$work/out"
for key in $(config_keys); do
	grep -qE "^\.B[IR]? $key( |\$)|^\.RB \( $key " "$page" || echo "the page lacks the key $key" >>"$work/out"
	grep -qE -- "\`$key(\`|:)|^ *(- )?$key:" "$top/docs/configuration.md" ||
		echo "docs/configuration.md lacks the key $key" >>"$work/out"
done
if [ "$(config_keys | wc -l)" -ge 30 ] && [ ! -s "$work/out" ]; then
	ok "every configuration and people.yml key ($(config_keys | wc -l)) is in the page and in docs/configuration.md"
else
	fail "configuration keys missing from the page or docs/configuration.md"
fi

# The environment variables the binary reads are in the page.
: >"$work/out"
for var in $(grep -ho 'getenv("[A-Z_]*")' "$top"/cmd/*.c "$top"/lib/*/*.c | sed 's/getenv("\(.*\)")/\1/' | LC_ALL=C sort -u); do
	grep -qx "\.B $var" "$page" || echo "the page's ENVIRONMENT lacks $var" >>"$work/out"
done
if [ ! -s "$work/out" ]; then
	ok "every environment variable the binary reads is in the page's ENVIRONMENT"
else
	fail "environment variables missing from the page"
fi

echo "install: $passed passed, $failed failed"
[ $failed = 0 ]
