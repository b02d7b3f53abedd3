#!/usr/bin/env bash
# Runs one end-to-end test script in a fresh temporary folder with the helpers of lib.sh.
# Usage: run.sh TEST_SCRIPT   (MSOL: the binary under test; MSOL_SOURCE: the source tree)
set -u
script=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cd "$work" || exit 1
# The caller's environment must not change what msol prints: file, clock, colour, terminal width
# and locale (collation, messages) are pinned; a test that needs another value sets it itself.
unset MSOL_FILE MSOL_TODAY MSOL_NOW LANGUAGE LC_COLLATE LC_CTYPE LC_MESSAGES
export NO_COLOR=1 TZ=UTC COLUMNS=80 LC_ALL=C.UTF-8 LANG=C.UTF-8
# shellcheck source=lib.sh
source "$here/lib.sh"
source "$script"
finish
