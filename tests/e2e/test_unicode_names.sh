# Names are people (issue 16, SPEC section 2 "Names"): identity by full case folding of NFC,
# invisible characters refused, confusables, collation, suggestions, tags, the -- form and the
# schema-5 migration, through every input path: arguments, TOML and CSV imports, present files
# (with a byte-order mark) and completions. Expected values come from Python's unicodedata.

# py EXPR: a value computed by Python, independently of msol and ICU.
py() { /usr/bin/python3 -c "import unicodedata as u, sys; print($1)"; }
stored() { sqlite3 congregation.msol "$1"; }

ok init --name "Unicode" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-22

# --- NFC and full case folding --------------------------------------------------------------
jose_nfd=$'Jose\xcc\x81'
ok member add "$jose_nfd"
equals "$(stored "SELECT hex(name) FROM members WHERE id = 1")" \
  "$(py "'José'.encode().hex().upper()")" "a decomposed name is stored in NFC"
equals "$(stored "SELECT name_key FROM members WHERE id = 1")" \
  "$(py "u.normalize('NFC', 'JOSÉ').casefold()")" "the key is the case folding of NFC"
unchanged_by 1 member add "José"
says "already exists"
ok member show $'JOSE\xcc\x81'
contains "José"
ok member add "Οδυσσεύς"
ok member show "ΟΔΥΣΣΕΎΣ"
contains "Οδυσσεύς"
ok member add "Strauß"
ok member show STRAUSS
contains "Strauß"

# --- whitespace and invisible characters ------------------------------------------------------
ok member add $'Ana\xc2\xa0'
equals "$(stored "SELECT quote(name) FROM members WHERE name_key = 'ana'")" "'Ana'" \
  "a trailing no-break space is trimmed"
unchanged_by 1 member add Ana
for bad in $'Ana\xe2\x80\x8b:U+200B' $'\xef\xbb\xbfAna:U+FEFF' $'Ana\xe2\x80\xae:U+202E' \
  $'A\xc2\xadna:U+00AD' $'Ana\xe2\x81\xa0:U+2060'; do
  unchanged_by 2 member add "${bad%:*}"
  says "${bad##*:}"
done
unchanged_by 2 member add "Ana, Ben"
says "','"
ok member add $'\xd9\x86\xdb\x8c\xda\xa9\xe2\x80\x8c\xd9\x86\xd8\xa7\xd9\x85'  # Persian ZWNJ

# --- confusables --------------------------------------------------------------------------------
unchanged_by 1 member add $'\xd0\x90na'  # Cyrillic А
says "'Ana'"
says "--allow-similar"
ok member add "Ana-Lucía O'Brien 🎉"

# --- suggestions --------------------------------------------------------------------------------
ok member add Zoë
expect 1 member show Zoe
says "Did you mean 'Zoë'?"
expect 1 prefs set Ana --want strausS,Zoee
says "Did you mean 'Zoë'?"

# --- collation: root for C.UTF-8, the locale's otherwise; numbers as numbers --------------------
for m in Émile Łukasz Ólafur Śliwa Sobczak; do ok member add "$m"; done
names_in_order() { json_query '" ".join(m["name"] for m in d if m["name"][0] in "AÉŁÓŚSZ")'; }
LC_ALL=C.UTF-8 ok member list --json
equals "$(names_in_order)" "Ana Ana-Lucía O'Brien 🎉 Émile Łukasz Ólafur Śliwa Sobczak Strauß Zoë" \
  "C.UTF-8 sorts by the root collation"
OUT=$(env LC_ALL= LC_COLLATE=pl_PL.UTF-8 "$MSOL" member list --json)
equals "$(names_in_order)" "Ana Ana-Lucía O'Brien 🎉 Émile Łukasz Ólafur Sobczak Strauß Śliwa Zoë" \
  "Polish sorts Ś after S"
for c in "Crew 10" "Crew 2"; do
  ok member add "$c A"; ok member add "$c B"; ok member add "$c C"
  ok crew create "$c" --members "$c A,$c B,$c C"
done
ok crew list --json
equals "$(json_query '[c["name"] for c in d]')" "['Crew 2', 'Crew 10']" "numbers in names as numbers"

# --- tags match case-insensitively, shown as first spelled ---------------------------------------
ok prefs set Ana --slots Tue-Eve --interests Food
ok prefs set Zoë --slots "tue-eve,TUE-EVE" --interests $'FOOD\xc2\xa0'
ok prefs show Zoë --json
equals "$(json_query 'd["slots"], d["interests"]')" "(['Tue-Eve'], ['Food'])" "one slot, first spelling"

# --- decomposed names through prefs, imports, present files and completions ---------------------
ok prefs set Zoë --want "$jose_nfd"
ok prefs show $'Zoe\xcc\x88' --json
equals "$(json_query 'd["want"]')" "['José']" "prefs by decomposed names"
printf '[[member]]\nname = "%s"\nemail = "jose@example.org"\n' "$jose_nfd" >nfd.toml
ok import nfd.toml
equals "$(stored "SELECT count(*) FROM members WHERE email = 'jose@example.org'")" "1" \
  "a TOML row with a decomposed name updates the member"
printf '\xef\xbb\xbfname,email\n%s,jose@example.net\n' "$(py "u.normalize('NFD', 'ZOË')")" >nfd.csv
ok import nfd.csv
equals "$(stored "SELECT email FROM members WHERE name = 'Zoë'")" "jose@example.net" \
  "a CSV row (after a byte-order mark) with a decomposed name updates the member"
printf '\xef\xbb\xbfAna\n%s\nZoe\xcc\x88\n' "$jose_nfd" >present.txt
ok crew form --present-file present.txt --min 3 --max 3 --json
equals "$(json_query 'sorted(sum((c["members"] for c in d["crews"]), []))')" \
  "['Ana', 'José', 'Zoë']" "a present file with a BOM and decomposed names"
ok __complete members $'jose\xcc\x81'
equals "$OUT" "José" "completion of a decomposed prefix"
ok __complete members zo
equals "$OUT" "Zoë" "completion ignores case and accents"

# --- a name beginning with '-' -----------------------------------------------------------------
unchanged_by 2 member add -x
says "msol member add -- -x"
ok member add -- -x
ok member show -- -X

# --- pipes: never cut, never wrapped; --width asks for it --------------------------------------
ok member edit Ana --email "ana.with.a.rather.long.address@example.org"
COLUMNS=30 ok member list
contains "ana.with.a.rather.long.address@example.org"
ok --width 40 member list
lacks "ana.with.a.rather.long.address@example.org"
contains "…"

# --- check reports names that are not NFC ------------------------------------------------------
stored "UPDATE members SET name = '$jose_nfd' WHERE id = 1"
expect 1 check
contains "not in Unicode normal form"
stored "UPDATE members SET name = 'José' WHERE id = 1"

# --- the schema-6 migration: collisions stop it; --rename gets past on the unmigrated file -----
ok init --file old.msol --timezone Europe/Berlin
sqlite3 old.msol "INSERT INTO members(name, name_key) VALUES ('Ana', 'ana'),
  ('Ana' || char(8203), 'ana' || char(8203)), ('$jose_nfd', '$(py "u.normalize('NFD', 'josé')")');
  INSERT INTO member_tags VALUES (1, 'slot', 0, 'Tue-Eve'), (3, 'slot', 0, 'tue-eve');
  DROP TABLE member_partners; ALTER TABLE formations DROP COLUMN explanation; DROP TABLE journal_changes;
  PRAGMA user_version = 5;"
FILE=old.msol unchanged_by 1 --file old.msol member list
says "members 'Ana' and \$'Ana\\xe2\\x80\\x8b' would be the same name"
says "msol migrate --rename \$'Ana\\xe2\\x80\\x8b=Ana 2'"
ok --file old.msol migrate --rename $'Ana\xe2\x80\x8b=Ana 2'
ok --file old.msol member list --json
equals "$(json_query '[m["name"] for m in d]')" "['Ana', 'Ana 2', 'José']" "migrated names"
equals "$(sqlite3 old.msol "SELECT hex(name_key) FROM members WHERE id = 3")" \
  "$(py "'josé'.encode().hex().upper()")" "migrated key: NFC, folded"
equals "$(sqlite3 old.msol "SELECT group_concat(tag) FROM member_tags")" "Tue-Eve,Tue-Eve" \
  "migrated tags take the first spelling"
expect 2 --file old.msol migrate --rename Ana=Anna
says "up to date"
