# Issue 17: hosts' real files. A raw web-form export read as it comes (questions mapped to keys,
# a Timestamp column ignored, comma lists, a blank last row), separators, encodings, BOM and CRLF,
# every problem in one run with nothing written, the blank-cell rule, and partners end to end.
# Expected values come from Python's csv module or are written out here, never from msol.

py=/usr/bin/python3
form="$MSOL_SOURCE/data/form-responses.csv"
map="$MSOL_SOURCE/data/form-map.toml"
ok init --timezone Europe/Berlin
ok import "$MSOL_SOURCE/data/example.toml"

# --- The raw export of data/, in one step ------------------------------------------------------
unchanged_by 0 import "$form" --map-file "$map" --dry-run
contains "would add Wanjiru"
contains "would add Baraka"
contains "would change slots of Tomás: tue-eve, thu-eve -> tue-eve, sat-am, sun-pm"
says "ignored 2 column(s) msol does not know: 'Timestamp', 'Anything else?'"
ok import "$form" --map-file "$map"
says "added 2 member(s), updated 7 member(s)"
# Every member row of the file, read by Python's csv module: the slots msol stored are the cell's
# comma-separated items, for every row.
expected=$($py -c '
import csv, sys
rows = [r for r in csv.reader(open(sys.argv[1], encoding="utf-8")) if any(c.strip() for c in r)][1:]
for r in rows: print(r[1], [s.strip() for s in r[8].split(",")])' "$form")
actual=$(while IFS= read -r name; do
  "$MSOL" prefs show "$name" --json | $py -c 'import json,sys; d=json.load(sys.stdin); print(d["name"], d["slots"])'
done < <($py -c '
import csv, sys
for r in list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]:
    if r[1]: print(r[1])' "$form"))
equals "$actual" "$expected" "slots of every row of the form export"
ok prefs show Baraka --json
equals "$(json_query 'd["partner"]')" "['Wanjiru']" "partner named only on Wanjiru's row, stored on Baraka's side"
ok prefs show Mei --json
equals "$(json_query 'd["looking"]')" "False" "'No' in the looking question"
# --strict refuses the Timestamp column; the file stays as it was.
unchanged_by 2 import "$form" --map-file "$map" --strict
says "'Timestamp', 'Anything else?'"

# --- --map on the command line, split at the last '=' ------------------------------------------
printf '"Is 1+1=2? Then your name",Best friend\nGeno,Ngozi\n' >eq.csv
ok import eq.csv --map "Is 1+1=2? Then your name=name" --map "best friend=want"
ok prefs show Geno --json
equals "$(json_query 'd["want"]')" "['Ngozi']" "want mapped with --map"
unchanged_by 2 import eq.csv --map "Your name=wish"
says "'wish' is not a member key"

# --- Separators, BOM, CRLF, encodings -----------------------------------------------------------
printf 'Name;Want;Slots\r\nHedda;Ngozi, Kwame;tue-eve\r\n' >semi.csv
ok import semi.csv
ok prefs show Hedda --json
equals "$(json_query 'd["want"]')" "['Ngozi', 'Kwame']" "a ';'-separated file with a ',' list"
printf 'name\twant\nIrma\tNgozi;Olu\n' >tab.tsv
ok import tab.tsv
ok prefs show Irma --json
equals "$(json_query 'd["want"]')" "['Ngozi', 'Olu']" "a tab-separated file"
printf 'name;x,y\nJuno;1\n' >forced.csv
unchanged_by 2 import forced.csv --delimiter ,
says "no 'name' column"
unchanged_by 2 import forced.csv --delimiter '|'
printf 'name,want\nRen\xe9,Ngozi\n' >latin.csv
unchanged_by 2 import latin.csv
says "latin.csv:2:4: byte 0xE9 is not UTF-8"
says "--encoding windows-1252"
ok import latin.csv --encoding windows-1252
ok prefs show René --json
equals "$(json_query 'd["want"]')" "['Ngozi']" "a windows-1252 file converted"
unchanged_by 2 import latin.csv --encoding no-such-thing
# A BOM and CRLF in --present-file: the first name is still a member.
printf '\xEF\xBB\xBFNgozi\r\nTomás\r\nKwame\r\nFarah\r\n' >present.txt
ok crew form --present-file present.txt --seed 3 --time-limit 0.2 --json
equals "$(json_query 'sorted(m for c in d["crews"] for m in c["members"])')" \
  "['Farah', 'Kwame', 'Ngozi', 'Tomás']" "members placed from a BOM+CRLF --present-file"

# --- Every problem in one run; nothing written while any remains ------------------------------
{
  printf 'name,want,looking,size\n'
  printf 'Kira,Ngozy,yes,4-6\n'   # line 2: not a member, did you mean Ngozi
  printf 'Lars,,maybe,\n'         # line 3: not yes/no
  printf 'Mona,zoe,yes,12\n'      # line 4: size, and "zoe" for Zoë
  printf ',,,\n'                  # line 5: blank, skipped
  printf 'Nils,Xavier\n'          # line 6: too few cells
} >problems.csv
unchanged_by 2 import problems.csv
says "5 problem(s), nothing written"
says "problems.csv:2: column 'want', value 'Ngozy': is not a member: did you mean 'Ngozi'?"
says "problems.csv:3: column 'looking', value 'maybe'"
says "problems.csv:4: column 'size', value '12'"
says "problems.csv:4: column 'want', value 'zoe': is not a member: did you mean 'Zoë'?"
says "problems.csv:6: 2 cells where the header has 4"
equals "$(grep -c 'problems.csv:5' <<<"$ERR")" "0" "the all-empty row is no problem"
printf 'name,avoid,partner\nKira,Ngozy,\nLars,,Xavierr\n' >names.csv
unchanged_by 1 import names.csv
says "2 problem(s)"
says "'Xavierr': is not a member: check the spelling"

# --- The congregation's name and time zone in a dry run ---------------------------------------
printf '[congregation]\nname = "Spree Commons East"\ntimezone = "Europe/Warsaw"\n' >rename.toml
unchanged_by 0 import rename.toml --dry-run
contains "would change the congregation's name from 'Spree Commons' to 'Spree Commons East'"
contains "would change the congregation's time zone from Europe/Berlin to Europe/Warsaw"

# --- The blank-cell rule -----------------------------------------------------------------------
ok prefs set Kwame --avoid Olu --interests startup
printf 'name,avoid,partner,interests\nKwame,,,\nNgozi,,,food\n' >blank.csv
ok import blank.csv
says "the file gives no avoid for 'Kwame', so 'Kwame' keeps avoiding Olu: add --replace"
ok prefs show Kwame --json
equals "$(json_query 'd["avoid"], d["interests"]')" "(['Olu'], ['startup'])" "blank cells keep by default"
unchanged_by 0 import blank.csv --replace --dry-run
clears=$(grep -n '^would clear' <<<"$OUT")
equals "$(head -1 <<<"$clears" | cut -d: -f2-)" "would clear avoid of Kwame (was: Olu)" "hard constraints cleared first"
contains "would clear interests of Kwame (was: startup)"
ok import blank.csv --replace
ok prefs show Kwame --json
equals "$(json_query 'd["avoid"], d["interests"]')" "([], [])" "--replace lets blank cells clear"

# --- Partners -----------------------------------------------------------------------------------
ok prefs set Farah --partner Olu
ok prefs show Olu --json
equals "$(json_query 'd["partner"]')" "['Farah']" "a partner stored on the other side"
ok prefs show Olu
contains "partner:   Farah"
ok export
contains "partner = [ 'Olu' ]"
ok graph
contains '"Farah" -> "Olu" [dir=none, color="#2ca02c:#2ca02c"'
# Kept by the round trip into a fresh file.
ok export -o round.toml
ok init --file round.msol --timezone UTC
ok --file round.msol import round.toml
ok --file round.msol prefs show Olu --json
equals "$(json_query 'd["partner"]')" "['Farah']" "partners after export and import"
# Both present: one crew, every seed; they were in a crew together before, and that is not news.
ok crew create Old --members Farah,Olu,Ngozi
ok crew close Old
# Six who share tue-eve, in two crews of three: only the partnership puts Farah with Olu.
printf 'Farah\nOlu\nNgozi\nTomás\nKwame\nAmara\n' >tonight.txt
for seed in 1 2 3; do
  ok crew form --present-file tonight.txt --max 3 --seed $seed --time-limit 0.2 --json
  equals "$(json_query '[c["members"] for c in d["crews"] if "Farah" in c["members"]][0].count("Olu")')" \
    "1" "partners share a crew (seed $seed)"
done
ok crew form --present-file tonight.txt --max 3 --seed 1 --time-limit 0.2
lacks "together again: Farah & Olu"
lacks "together again: Olu & Farah"
# One partner absent: nothing pinned, nothing fails.
printf 'Farah\nNgozi\nTomás\nKwame\nAmara\n' >no-olu.txt
ok crew form --present-file no-olu.txt --seed 1 --time-limit 0.2
# A partner also avoided, and a partner group above --max: exit 1, naming them.
ok prefs set Olu --avoid Farah
unchanged_by 1 crew form --present-file tonight.txt --seed 1 --time-limit 0.2 --save
says "Olu and Farah are partners"
ok prefs set Olu --avoid ""
ok prefs set Ngozi --partner Farah
unchanged_by 1 crew form --present-file tonight.txt --min 2 --max 2 --force-size --seed 1 --time-limit 0.2 --save
says "partners Ngozi, Farah, Olu must share a crew, but they are 3, above --max 2"
# Dropping a partner drops it on both sides.
ok prefs set Farah --partner Ngozi
ok prefs show Olu --json
equals "$(json_query 'd["partner"]')" "[]" "a partner dropped from one side is gone from both"
