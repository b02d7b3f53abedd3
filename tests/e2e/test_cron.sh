# The documented crontab line (README, msol-rhythm(1)) works as cron runs it (issue 20): msol is
# installed with `cmake --install` into a scratch prefix and the line runs under `env -i` with
# cron's default PATH, /usr/bin:/bin, which does not hold the prefix's bin folder.

build=$(dirname "$MSOL")
prefix="$work/prefix"
checks=$((checks + 1))
cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 ||
  fail "cmake --install failed: $(tail -5 "$work/install.log")"
installed="$prefix/bin/msol"
checks=$((checks + 1))
[ -x "$installed" ] || fail "cmake --install put no msol in $prefix/bin"

# A congregation with a meeting three days ago that nobody logged: remind always has news.
mkdir -p "$work/host"
file="$work/host/congregation.msol"
export MSOL_FILE="$file"
ok init --name "Cron" --timezone UTC
for m in Ana Ben Caro; do ok member add "$m" --joined 2026-01-01; done
ok crew create Otters --members Ana,Ben,Caro
ok rhythm set Otters --every week --count 2 --from "$(date -u -d '3 days ago' +%F)" --at 00:00
unset MSOL_FILE
ok backup --file "$file" "$work/pristine.msol"
expected="$(date -u -d '3 days ago' +%F) 00:00  Otters: meeting not logged"

# cron_run LINE: the command part of a crontab line, with the documented paths pointed at the
# scratch install and congregation, run in an empty environment from / as cron would.
cron_run() {
  local command
  command=$(printf '%s\n' "$1" | awk '{ $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print }')
  command=${command//\/usr\/local\//$prefix/}
  command=$(printf '%s\n' "$command" | sed -E "s#--file [^ ]+#--file $file#")
  OUT=$(cd / && env -i PATH=/usr/bin:/bin HOME="$work" SHELL=/bin/sh LOGNAME=cron \
    /bin/sh -c "$command" 2>"$work/.stderr")
  RC=$?
  ERR=$(cat "$work/.stderr")
}

readme_line=$(sed -n '/^```crontab$/,/^```$/p' "$MSOL_SOURCE/README.md" | grep remind)
man_line=$(grep 'remind' "$MSOL_SOURCE/man/msol-rhythm.1" | grep '^\*/5' | sed 's/\\-/-/g')
for line in "$readme_line" "$man_line"; do
  checks=$((checks + 1))
  [[ "$line" == */usr/local/bin/msol\ --file\ * ]] || fail "cron line lacks an absolute path and --file: $line"
  cp "$work/pristine.msol" "$file"  # --mark records what it printed: each line starts afresh
  cron_run "$line"
  checks=$((checks + 1))
  [ "$RC" -eq 0 ] || fail "documented cron line exited $RC under cron's PATH: $line"
  checks=$((checks + 1))
  [[ "$OUT" == "$expected"* ]] || fail "cron mails '$OUT' from '$line', expected '$expected…'"
done

# The old form, found through PATH from the congregation's folder, is what cron could not run.
if ! PATH=/usr/bin:/bin command -v msol >/dev/null; then
  cron_run "*/5 * * * * cd $work/host && msol remind --within 1d"
  equals "$RC" 127 "a bare 'msol' under cron's PATH is not found"
fi
