# Helpers for end-to-end tests: run msol, check exit codes and output, prove a file unchanged.
failures=0
checks=0

# run CMD...: runs msol with the arguments; sets OUT, ERR and RC.
run() {
  OUT=$("$MSOL" "$@" 2>"$work/.stderr")
  RC=$?
  ERR=$(cat "$work/.stderr")
}

fail() {
  failures=$((failures + 1))
  echo "FAIL: $*" >&2
  echo "  command output: ${OUT:-}" | head -20 >&2
  echo "  command errors: ${ERR:-}" | head -10 >&2
}

# expect CODE ARGS...: runs msol and checks its exit code.
expect() {
  local code=$1
  shift
  run "$@"
  checks=$((checks + 1))
  [ "$RC" -eq "$code" ] || fail "msol $* exited $RC, expected $code"
}

# ok ARGS...: msol must succeed.
ok() { expect 0 "$@"; }

# contains TEXT: the last command's stdout holds TEXT.
contains() {
  checks=$((checks + 1))
  [[ "$OUT" == *"$1"* ]] || fail "stdout does not contain '$1'"
}

# says TEXT: the last command's stderr holds TEXT (and starts with 'msol: ' when an error).
says() {
  checks=$((checks + 1))
  [[ "$ERR" == *"$1"* ]] || fail "stderr does not contain '$1'"
  if [ "$RC" -ne 0 ] && [[ "$ERR" != msol:* ]]; then fail "error message does not start with 'msol: '"; fi
}

# lacks TEXT: the last command's stdout does not hold TEXT.
lacks() {
  checks=$((checks + 1))
  [[ "$OUT" != *"$1"* ]] || fail "stdout contains '$1'"
}

# fingerprint FILE: a digest of the whole database content (schema and rows).
fingerprint() { sqlite3 "$1" .dump | sha256sum | cut -d' ' -f1; }

# unchanged_by CODE ARGS...: msol exits CODE and leaves the congregation file exactly as it was.
unchanged_by() {
  local before
  before=$(fingerprint "${FILE:-congregation.msol}")
  expect "$@"
  checks=$((checks + 1))
  [ "$before" = "$(fingerprint "${FILE:-congregation.msol}")" ] || fail "msol ${*:2} changed the file"
}

# json_query EXPR: evaluates a Python expression over the last stdout parsed as JSON (as `d`).
json_query() {
  /usr/bin/python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); print(eval(sys.argv[1]))' "$1" <<<"$OUT"
}

# equals ACTUAL EXPECTED WHAT
equals() {
  checks=$((checks + 1))
  [ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}

finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" -eq 0 ]
}

# listed_commands: the commands a --help text (on stdin) lists under "Subcommands:", one a line.
listed_commands() { sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}'; }
