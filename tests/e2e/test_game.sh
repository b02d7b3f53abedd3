# msol game listening|money|conflict|coowners|list|undo (SPEC section 6, issue 5 item 1): events
# stored with their date and participants, names case-insensitive, bad input writes nothing.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-10-01
for m in Ana Ben Caro Dee Zoë; do ok member add "$m"; done
ok crew create Otters --members Ana,Ben,Caro
export MSOL_TODAY=2026-11-22

# --- logging each kind ------------------------------------------------------------------------
ok game listening --with ana,BEN,caro
says "logged game event 1"
ok game money --focus Ana --asked --offers Ben,Caro --date 2026-11-01
ok game conflict ben dee --resolved --date 2026-11-02
ok game coowners --venture "Tool library" --owners Caro,zoë --date 2026-11-03
ok game conflict Ana Caro --unresolved --json
equals "$(json_query 'd["id"], d["kind"], d["date"], d["sides"], d["resolved"]')" \
  "(5, 'conflict', '2026-11-22', ['Ana', 'Caro'], False)" "--json echoes the event, --today is the default date"

# --- list: by date, then id; filters -----------------------------------------------------------
ok game list --json
equals "$(json_query '[(e["id"], e["kind"], e["date"]) for e in d]')" \
  "[(2, 'money', '2026-11-01'), (3, 'conflict', '2026-11-02'), (4, 'coowners', '2026-11-03'), (1, 'listening', '2026-11-22'), (5, 'conflict', '2026-11-22')]" \
  "game list sorted by date then id"
equals "$(json_query 'd[0]["focus"], d[0]["asked"], d[0]["offers"]')" "('Ana', True, ['Ben', 'Caro'])" "money fields"
equals "$(json_query 'd[2]["venture"], d[2]["owners"]')" "('Tool library', ['Caro', 'Zoë'])" "venture fields"
ok game list --member DEE --json
equals "$(json_query '[e["id"] for e in d]')" "[3]" "--member"
# held within Otters: every participant a member of Otters that day
ok game list --crew otters --json
equals "$(json_query '[e["id"] for e in d]')" "[2, 1, 5]" "--crew"
ok game list
contains "Ana (asked); offers from Ben, Caro"
contains "Tool library owned by Caro, Zoë"

# --- a rename follows the events (they store member ids) ----------------------------------------
ok member edit Dee --rename Dora
ok game list --member dora --json
equals "$(json_query 'd[0]["sides"]')" "['Ben', 'Dora']" "events follow a rename"

# --- undo -------------------------------------------------------------------------------------
ok game undo 5
says "removed game event 5"
ok game list --json
equals "$(json_query 'len(d)')" "4" "undo removed one event"
equals "$(sqlite3 congregation.msol 'SELECT COUNT(*) FROM game_participants WHERE event_id = 5')" "0" \
  "undo removed its participants"

# --- a member who left takes part in nothing after they left, but keeps their history ------------
ok member leave Zoë --date 2026-11-10
unchanged_by 1 game listening --with Ana,Zoë --date 2026-11-15
says "'Zoë' left the congregation on 2026-11-10"
ok game listening --with Ana,Zoë --date 2026-11-09

# --- bad input: the file is unchanged ------------------------------------------------------------
unchanged_by 1 game listening --with Ana,Nobody
says "no member named 'Nobody'"
unchanged_by 2 game listening --with Ana
says "at least 2 people"
unchanged_by 2 game listening --with Ana,ana
says "'Ana'"
unchanged_by 2 game conflict Ana ANA --resolved
says "'Ana' cannot have a conflict with themselves"
unchanged_by 2 game conflict Ana Ben
says "--resolved or --unresolved"
unchanged_by 2 game conflict Ana Ben --resolved --unresolved
unchanged_by 2 game coowners --venture Solo --owners Ana
says "needs at least 2 owners"
unchanged_by 2 game money --focus Ana --offers Ana,Ben
says "'Ana' is the focus"
unchanged_by 1 game money --focus Ghost --offers Ben
says "no member named 'Ghost'"
unchanged_by 2 game money --focus Ana --offers Ben --date 2026-02-30
says "2026-02-30"
unchanged_by 2 game listening --with Ana,Ben --date yesterday
says "yesterday"
unchanged_by 1 game undo 99
says "no game event with id 99"
unchanged_by 2 game undo seven
unchanged_by 1 game list --member Nobody
says "no member named 'Nobody'"
unchanged_by 1 game list --crew Nowhere
says "no crew named 'Nowhere'"
unchanged_by 2 game
