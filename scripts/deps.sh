#!/bin/sh
# deps.sh: make sure clauselint's build dependencies are present.
#
#   sh scripts/deps.sh [formats]
#
# Silent when everything is there. Otherwise, as root on a system with
# apt-get (a CI machine, a container), installs the Debian 12 packages;
# as anyone else, prints the command to run and fails: a build should
# never ask for a password behind the user's back.
set -u

# "module package" pairs: a pkg-config module and the Debian package
# that ships its .pc file.
MODULES='libgit2:libgit2-dev
libcmark-gfm:libcmark-gfm-dev
yaml-0.1:libyaml-dev
criterion:libcriterion-dev'

# "command package" pairs.
COMMANDS='git:git
pkg-config:pkg-config
cc:build-essential'

# libcmark-gfm-extensions-dev has no .pc file of its own; its header
# tells whether it is installed.
EXT_HEADER=/usr/include/cmark-gfm-core-extensions.h
EXT_PACKAGE=libcmark-gfm-extensions-dev

# `deps.sh formats`: the tools of tests/formats/validate.sh instead, which
# checks the reports with their consumers' validators: Node.js and npm
# (the SARIF multitool comes from the npm registry) and xmllint.
if [ "${1:-}" = formats ]; then
  MODULES=''
  COMMANDS='node:nodejs
npm:npm
xmllint:libxml2-utils'
  EXT_HEADER=''
fi

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
  printf '%s\n' "${pkgs# }"
}

pkgs=$(missing_packages)
[ -z "$pkgs" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "clauselint: installing build dependencies: $pkgs" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || exit 1
  # $pkgs is a list of package names: split it on purpose.
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $pkgs || exit 1
  # Installed is not the same as usable (a package renamed, a .pc file
  # moved): check again rather than fail later in the compiler.
  still=$(missing_packages)
  if [ -n "$still" ]; then
    echo "clauselint: still missing after installing: $still" >&2
    exit 1
  fi
  exit 0
fi

{
  echo "clauselint: missing build dependencies; install them with:"
  echo "sudo apt-get install -y $pkgs"
} >&2
exit 1
