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
export NO_COLOR=1 TZ=UTC
# shellcheck source=lib.sh
source "$here/lib.sh"
source "$script"
finish
