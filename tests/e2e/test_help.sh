# Every command answers --help with an example, exits 0, and needs no congregation file.
ok --help
contains "Example:"
groups=$(printf '%s\n' "$OUT" | listed_commands)
equals "$([ -n "$groups" ] && echo yes)" "yes" "the top-level help lists commands"
for group in $groups; do
  ok "$group" --help
  contains "Example:"
  subs=$(printf '%s\n' "$OUT" | listed_commands)
  for sub in $subs; do
    ok "$group" "$sub" --help
    contains "Example:"
  done
done
ok --version
contains "msol "
