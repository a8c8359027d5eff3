#!/bin/sh
# deps.sh: make sure clauselint's dependencies are present.
#
#   sh scripts/deps.sh [build|test|tools|formats|fuzz]
#
# build (the default): what `make` needs for build/clauselint; test: that,
# Criterion for the unit tests and ssh-keygen for the end-to-end ones;
# tools: what the integration tests use (pre-commit, python3-yaml, groff,
# mandoc) and clang-format, which scripts/check-source.sh runs; formats: what tests/formats/validate.sh checks the reports with
# (Node.js and npm, for the SARIF multitool from the npm registry, and
# xmllint); fuzz: what `make fuzz` builds and runs the harnesses of fuzz/
# with (clang, libFuzzer's runtime, which Debian ships apart from clang,
# and llvm-symbolizer, for stack traces a reader can follow).
#
# Silent when everything is there. Otherwise, as root on a system with
# apt-get (a CI machine, a container), installs the Debian packages with
# one line that names them, apt-get's output in build/deps.log
# (CLAUSELINT_DEPS_LOG);
# as anyone else, prints the command to run and fails: a build should
# never ask for a password behind the user's back. A missing tool only
# makes the integration tests skip what needs it, so `tools` then prints
# the command and succeeds.
set -u

what=${1:-build}

# "module:package" pairs: a pkg-config module and the Debian package
# that ships its .pc file.
MODULES='libgit2:libgit2-dev
libcmark-gfm:libcmark-gfm-dev
yaml-0.1:libyaml-dev
libsodium:libsodium-dev'

# "command:package" pairs.
COMMANDS='git:git
pkg-config:pkg-config
cc:build-essential
make:make'

# libcmark-gfm-extensions-dev has no .pc file of its own; its header
# tells whether it is installed.
EXT_HEADER=/usr/include/cmark-gfm-core-extensions.h
EXT_PACKAGE=libcmark-gfm-extensions-dev

case $what in
build) ;;
test)
  # ssh-keygen makes the keys and signatures of the end-to-end cases of
  # signed approvals.
  MODULES="$MODULES
criterion:libcriterion-dev"
  COMMANDS="$COMMANDS
ssh-keygen:openssh-client"
  ;;
tools)
  MODULES=''
  COMMANDS='pre-commit:pre-commit
groff:groff-base
mandoc:mandoc
clang-format:clang-format'
  EXT_HEADER=''
  ;;
formats)
  MODULES=''
  COMMANDS='node:nodejs
npm:npm
xmllint:libxml2-utils'
  EXT_HEADER=''
  ;;
fuzz)
  MODULES=''
  COMMANDS='clang:clang
llvm-symbolizer:llvm'
  EXT_HEADER=''
  ;;
*)
  echo "usage: deps.sh [build|test|tools|formats|fuzz]" >&2
  exit 2
  ;;
esac

# Whether Debian's python3, or one on PATH, reads YAML (the integration
# tests use whichever does).
has_python_yaml() {
  for py in /usr/bin/python3 python3; do
    "$py" -c 'import yaml' >/dev/null 2>&1 && return 0
  done
  return 1
}

# Whether clang links a libFuzzer harness. libclang_rt.fuzzer is in
# libclang-rt-dev (libclang-rt-14-dev on Debian 12), which clang's
# packages only recommend, and apt-get here installs no recommends.
has_fuzzer_runtime() {
  command -v clang >/dev/null 2>&1 || return 1
  dir=$(mktemp -d "${TMPDIR:-/tmp}/clauselint-deps.XXXXXX") || return 1
  printf '%s\n' '#include <stddef.h>' \
    'int LLVMFuzzerTestOneInput(const unsigned char *d, size_t n) { (void)d; (void)n; return 0; }' >"$dir/f.c"
  clang -fsanitize=fuzzer -o "$dir/f" "$dir/f.c" >/dev/null 2>&1
  rc=$?
  rm -rf "$dir"
  return $rc
}

# Prints the packages of whatever is missing, space-separated.
missing_packages() {
  pkgs=''
  for pair in $COMMANDS; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || pkgs="$pkgs ${pair#*:}"
  done
  for pair in $MODULES; do
    # Without pkg-config nothing can be checked: every module counts
    # as missing, and installing an installed package is harmless.
    pkg-config --exists "${pair%%:*}" 2>/dev/null || pkgs="$pkgs ${pair#*:}"
  done
  [ -z "$EXT_HEADER" ] || [ -f "$EXT_HEADER" ] || pkgs="$pkgs $EXT_PACKAGE"
  [ "$what" != tools ] || has_python_yaml || pkgs="$pkgs python3-yaml"
  [ "$what" != fuzz ] || has_fuzzer_runtime || pkgs="$pkgs libclang-rt-dev"
  printf '%s\n' "${pkgs# }"
}

pkgs=$(missing_packages)
[ -z "$pkgs" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  # apt-get's hundreds of lines go to a log, shown only when it fails.
  log=${CLAUSELINT_DEPS_LOG:-build/deps.log}
  mkdir -p "$(dirname "$log")" 2>/dev/null || log=/dev/null
  echo "clauselint: installing $what dependencies: $pkgs (log: $log)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # $pkgs is a list of package names: split it on purpose.
  # shellcheck disable=SC2086
  if ! { echo "== $what: $pkgs"; apt-get update -qq && apt-get install -y -qq --no-install-recommends $pkgs; } >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "clauselint: apt-get could not install $pkgs; the lines above say why (all of it: $log)" >&2
    exit 1
  fi
  # Installed is not the same as usable (a package renamed, a .pc file
  # moved): check again rather than fail later in the compiler.
  still=$(missing_packages)
  if [ -n "$still" ]; then
    echo "clauselint: still missing after installing: $still" >&2
    exit 1
  fi
  exit 0
fi

if [ "$what" = tools ]; then
  echo "clauselint: the integration tests skip what needs $pkgs; to run them: sudo apt-get install -y $pkgs" >&2
  exit 0
fi
{
  echo "clauselint: missing $what dependencies; install them with:"
  echo "sudo apt-get install -y $pkgs"
} >&2
exit 1
