# The README's five-minute tour (issue 11), taken from README.md and run exactly as printed in an
# empty folder: every command must succeed, in order. Then its results are checked by hand.

tour=$(awk '/^## A five-minute tour/ {f = 1} f && /^```sh$/ {c = 1; next} c && /^```$/ {exit} c' \
  "$MSOL_SOURCE/README.md")
checks=$((checks + 1))
[ -n "$tour" ] || fail "README.md has no five-minute tour"
printf '%s\n' "$tour" >tour.sh

mkdir empty && cd empty || exit 1
msol() { "$MSOL" "$@"; }
export -f msol
checks=$((checks + 1))
if ! (unset MSOL_TODAY MSOL_NOW && bash -e -o pipefail ../tour.sh >../tour.out 2>../tour.err); then
  ERR=$(tail -5 ../tour.err)
  fail "the tour stops at a command that fails"
fi

# What the tour did, against what it says: the five looking members make one crew ...
export MSOL_TODAY=2026-12-08
ok crew list --json
equals "$(json_query '[(c["name"], sorted(c["members"])) for c in d]')" \
  "[('Crew 1', ['Ana', 'Ben', 'Caro', 'Dan', 'Nati'])]" "the five looking members make Crew 1"
# ... which logged two meetings, Dan absent and Caro excused at the first ...
ok meet list "Crew 1" --json
equals "$(json_query '[(m["date"], m["absent"], m["excused"]) for m in d]')" \
  "[('2026-11-24', ['Dan'], ['Caro']), ('2026-12-01', [], [])]" "the meetings logged"
# ... and wrote its files; Dan's invitation chain reaches the founder Nati.
for f in crews.svg congregation.toml crews.ics; do
  checks=$((checks + 1))
  [ -s "$f" ] || fail "the tour did not write $f"
done
ok member show Dan
contains "Nati"
ok check
