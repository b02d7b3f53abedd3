# msol member add|list|show|edit|leave (SPEC section 3) with the invitation chain, --json keys of
# SPEC section 9, and bad input that must exit 1 or 2 and leave the file exactly as it was.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-22

# --- member add ------------------------------------------------------------------------------
ok member add Ana --email ana@example.org --joined 2026-01-10
says "Ana"
ok member add Ben --invited-by ana --joined 2026-02-01
ok member add "Caro Núñez" --invited-by BEN --email caro@example.org
ok member add 李娜 --invited-by "caro núñez" --joined 2026-03-01
ok member add Élodie

# --- member list (text and --json) -----------------------------------------------------------
ok member list
contains "Ana"
contains "Caro Núñez"
contains "李娜"
contains "ana@example.org"
contains "2026-01-10"

ok member list --json
equals "$(json_query 'len(d)')" "5" "members listed"
equals "$(json_query 'all({"name","email","status","invited_by","joined"} <= set(m) for m in d)')" \
  "True" "every member list --json entry has name, email, status, invited_by, joined"
equals "$(json_query '[m["name"] for m in d]')" "['Ana', 'Ben', 'Caro Núñez', 'Élodie', '李娜']" \
  "member names in root collation order (É with E, not after Z)"
equals "$(json_query 'd[0]["email"]')" "ana@example.org" "email of Ana"
equals "$(json_query 'd[1]["email"]')" "None" "email of Ben (none given: null)"
equals "$(json_query 'd[0]["invited_by"]')" "None" "invited_by of a founding member (null)"
equals "$(json_query 'd[1]["invited_by"]')" "Ana" "invited_by of Ben, spelled as stored"
equals "$(json_query 'd[2]["invited_by"]')" "Ben" "invited_by of Caro"
equals "$(json_query 'd[0]["joined"]')" "2026-01-10" "joined of Ana"
equals "$(json_query 'd[2]["joined"]')" "2026-11-22" "joined defaults to today"
equals "$(json_query '{m["status"] for m in d}')" "{'active'}" "status of new members"

# --- member show and the invitation chain ----------------------------------------------------
ok member show 李娜
contains "李娜 <- Caro Núñez <- Ben <- Ana"
ok member show ANA
contains "founding member"
contains "invited:"
contains "Ben"
ok member show "caro núñez" --json
equals "$(json_query 'd["name"]')" "Caro Núñez" "name shown for a case-insensitive lookup"
equals "$(json_query 'd["invitation_chain"]')" "['Caro Núñez', 'Ben', 'Ana']" "invitation chain"
equals "$(json_query 'd["invited"]')" "['李娜']" "members Caro invited"

# --- member add: bad input -------------------------------------------------------------------
unchanged_by 1 member add ana
says "'Ana' already exists"
unchanged_by 1 member add "ÉLODIE"
says "'Élodie' already exists"
unchanged_by 1 member add "élodie"
says "already exists"
unchanged_by 1 member add "CARO NÚÑEZ"
says "already exists"
unchanged_by 1 member add Dan --invited-by Nobody
says "'Nobody'"
says "not a member"
unchanged_by 2 member add Dan --joined 2026-13-01
says "'2026-13-01'"
says "YYYY-MM-DD"
unchanged_by 2 member add Dan --joined 10/01/2026
says "'10/01/2026'"
unchanged_by 2 member add Dan --email "not an address"
says "'not an address'"
unchanged_by 2 member add "Dan, Eve"
says "'Dan, Eve'"
unchanged_by 2 member add ""
says "empty"
unchanged_by 2 member add " Dan"
says "' Dan'"
unchanged_by 2 member add
says "NAME"

# --- member edit ------------------------------------------------------------------------------
ok prefs set Ana --want Ben --avoid Élodie
ok member edit Ben --rename Benjamin --email ben@example.org
ok member show benjamin --json
equals "$(json_query 'd["email"]')" "ben@example.org" "email after edit"
equals "$(json_query 'd["invited_by"]')" "Ana" "inviter kept by a rename"
ok member show "Caro Núñez" --json
equals "$(json_query 'd["invited_by"]')" "Benjamin" "invited_by follows a rename"
ok prefs show Ana --json
equals "$(json_query 'd["want"]')" "['Benjamin']" "a want follows a rename"
# A change of case only is a rename too.
ok member edit élodie --rename ÉLODIE
ok prefs show Ana --json
equals "$(json_query 'd["avoid"]')" "['ÉLODIE']" "an avoid follows a case-only rename"
ok member edit ÉLODIE --rename Élodie --invited-by Ana --joined 2026-03-03
ok member show Élodie --json
equals "$(json_query 'd["invited_by"]')" "Ana" "invited_by set by edit"
equals "$(json_query 'd["joined"]')" "2026-03-03" "joined set by edit"
ok member edit Élodie --invited-by ""
ok member show Élodie --json
equals "$(json_query 'd["invited_by"]')" "None" "an empty --invited-by makes a founding member"
ok member edit Benjamin --email ""
ok member show Benjamin --json
equals "$(json_query 'd["email"]')" "None" "an empty --email removes the address"

unchanged_by 1 member edit Zed --email z@example.org
says "'Zed'"
unchanged_by 1 member edit Benjamin --rename "caro núñez"
says "'caro núñez'"
says "taken"
unchanged_by 1 member edit Benjamin --rename "ÉLODIE"
says "taken"
unchanged_by 2 member edit Ana --invited-by 李娜
says "circle"
unchanged_by 1 member edit Ana --invited-by Ghost
says "'Ghost'"
unchanged_by 2 member edit Ana --joined 2026-1-5
says "'2026-1-5'"
unchanged_by 2 member edit Ana --rename "A;B"
says "'A;B'"
unchanged_by 2 member edit Ana --invited-by Ana
says "themselves"

# --- member leave ----------------------------------------------------------------------------
ok member leave 李娜 --date 2026-06-01
ok member list --json
equals "$(json_query '[m["status"] for m in d if m["name"] == "李娜"]')" "['left']" "status after leave"
ok member show 李娜
contains "left:"
contains "2026-06-01"
ok member show 李娜 --json
equals "$(json_query 'd["left"]')" "2026-06-01" "left date"
ok member leave Élodie
ok member show Élodie --json
equals "$(json_query 'd["left"]')" "2026-11-22" "leaving date defaults to today"
# History is kept: the member who left is still listed and still named in the chain.
ok member list
contains "李娜"

unchanged_by 1 member leave 李娜
says "already left"
unchanged_by 1 member leave Zed
says "'Zed'"
unchanged_by 2 member leave Ana --date 2025-12-31
says "2025-12-31"
unchanged_by 2 member leave Ana --date yesterday
says "'yesterday'"

# --- member show / list: bad input -----------------------------------------------------------
expect 1 member show Zed
says "no member named 'Zed'"
expect 2 member show
says "NAME"
expect 2 member bogus
says "msol: "
