#!/usr/bin/env bash
# Runs one end-to-end test script in a fresh temporary folder with the helpers of lib.sh.
# Usage: run.sh TEST_SCRIPT   (MSOL: the binary under test; MSOL_SOURCE: the source tree)
set -u
script=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cd "$work" || exit 1
unset MSOL_FILE MSOL_TODAY MSOL_NOW
# C.UTF-8: listings sort by the root collation whatever the machine's locale (issue 16).
export NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8
# shellcheck source=lib.sh
source "$here/lib.sh"
source "$script"
finish
