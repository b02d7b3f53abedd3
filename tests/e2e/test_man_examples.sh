# The EXAMPLES of every manual page, run as written (msol stands for the built binary), so the
# pages never drift from what msol does. Each page runs in a folder of its own, set up with what
# its examples take for granted; every line must succeed.

man_python=/usr/bin/python3
msol() { "$MSOL" "$@"; }
export -f msol

# members NAME...: a congregation that has them, with wants enough to form crews.
members() {
  "$MSOL" -q init --name "Examples" --timezone Europe/Berlin
  local who prev=""
  for who in "$@"; do
    "$MSOL" -q member add "$who" --joined 2025-12-01
    [ -z "$prev" ] || "$MSOL" -q prefs set "$who" --want "$prev"
    prev=$who
  done
}

member_file() {
  cat >members.toml <<'TOML'
[congregation]
name = "Western Europe"
timezone = "Europe/Berlin"
[[member]]
name = "Ana"
want = ["Ben", "Caro"]
email = "ana@example.org"
[[member]]
name = "Ben"
want = ["Ana"]
[[member]]
name = "Caro"
[[member]]
name = "Dan"
want = ["Eli"]
[[member]]
name = "Eli"
[[member]]
name = "Fay"
TOML
  printf 'name,email,want\nGus,gus@example.org,Hal\nHal,,Gus\n' >form-export.csv
}

# What each page's examples expect to find; pages not named here start from an empty folder.
setup_page() {
  case $1 in
  msol-crew.1)
    members Ana Ben Caro Dan Eli Fay Gus Hal Ida Jo Kai Lu
    printf 'Ana\nBen\nCaro\nDan\nEli\nFay\n' >present.txt
    ;;
  msol-game.1)
    members Ana Ben Caro Dan
    printf '[points]\n"listening.each" = 2\n' >settings.toml
    ;;
  msol-import.1 | msol.5)
    "$MSOL" -q init --timezone Europe/Berlin
    member_file
    cp -r "$MSOL_SOURCE/data" data
    printf 'Timestamp,Your name,want\r\n2026-11-20,Ren\xe9,Ana\r\n' >responses.csv
    ;;
  msol-member.1) "$MSOL" -q init --timezone Europe/Berlin ;;
  msol-prefs.1) members Ana Ben Caro Dan ;;
  msol-rhythm.1)
    members Ana Ben Caro Dan
    "$MSOL" -q crew create Kitchen --members Ana,Ben,Caro,Dan
    export MSOL_TODAY=2026-03-20
    ;;
  msol-status.1)
    members Ana Ben Caro Dan
    mkdir backups
    ;;
  msol.1)
    member_file
    # The file "elsewhere" of the second example: a crew Kitchen that meets on Tuesdays.
    export HOME=$PWD/home
    mkdir -p "$HOME/crews"
    (cd "$HOME/crews" && members Ana Ben Caro &&
      "$MSOL" -q crew create Kitchen --members Ana,Ben,Caro &&
      "$MSOL" -q rhythm set Kitchen --every week --count 6 --from 2026-03-03 --at 19:00)
    ;;
  esac
}

for page in "$MSOL_SOURCE"/man/*.[15]; do
  name=$(basename "$page")
  mapfile -t lines < <($man_python "$MSOL_SOURCE/tests/e2e/man_examples.py" "$page")
  checks=$((checks + 1))
  [ "${#lines[@]}" -gt 0 ] || fail "$name has no EXAMPLES to run"
  mkdir "$work/$name" && cd "$work/$name" || exit 1
  (
    setup_page "$name" >/dev/null
    set -o pipefail
    for line in "${lines[@]}"; do
      # In this shell, not a subshell: an example's `export` holds for the lines after it.
      eval "$line" >"$work/.example" 2>&1 ||
        echo "FAIL: $name: '$line' exited $?: $(head -3 "$work/.example")"
    done
  ) >"$work/$name.log" 2>&1
  checks=$((checks + ${#lines[@]}))
  while IFS= read -r failure; do fail "${failure#FAIL: }"; done < <(grep '^FAIL: ' "$work/$name.log")
  cd "$work" || exit 1
done
