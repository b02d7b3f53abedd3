#!/usr/bin/env bash
# Runs one libFuzzer harness for ctest.
#   run.sh regress BINARY FUZZ_DIR: every seed and kept finding once; fails on any crash.
#   run.sh fuzz BINARY FUZZ_DIR:    fuzzes for $MSOL_FUZZ_SECONDS (default 10: a smoke run; scripts/fuzz
#                                   fuzzes for long) from the seeds;
#                                   a crash, leak or sanitizer report fails the test and leaves the
#                                   input under $MSOL_FUZZ_FINDINGS (default: the build folder).
set -euo pipefail
shopt -s nullglob
mode=$1 binary=$2 dir=$(realpath "$3")
name=$(basename "$binary")
seeds="$dir/corpus/$name"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $mode in
regress)
  inputs=("$seeds"/* "$dir/regressions/$name"/*)
  status=0
  "$binary" "${inputs[@]}" >"$work/log" 2>&1 || status=$?
  grep -vE "^(Running|Executed) " "$work/log" | tail -40
  echo "$name: ${#inputs[@]} seeds and kept findings, exit $status"
  ;;
fuzz)
  findings=${MSOL_FUZZ_FINDINGS:-$PWD/fuzz-findings}
  mkdir -p "$findings"
  status=0
  "$binary" -max_total_time="${MSOL_FUZZ_SECONDS:-10}" -timeout=10 -rss_limit_mb=2048 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="$findings/$name-" -close_fd_mask=1 \
    "$work" "$seeds" >"$work/log" 2>&1 || status=$?
  grep -E "^(stat::|#[0-9]+[[:space:]]+(INITED|DONE))|ERROR|SUMMARY|artifact" "$work/log" || tail -40 "$work/log"
  if ((status)); then tail -60 "$work/log"; fi
  ;;
esac
exit "$status"
