# Each storage table has one reader (issue 11): a damaged date in a row is an error naming the
# table and the row, the same for every command that reads it, never a meeting in year 0.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-03-01
for m in Ana Ben Caro; do ok member add "$m"; done
ok crew create Otters --members Ana,Ben,Caro
ok rhythm set Otters --every week --count 4 --from 2026-03-03 --at 19:00
MSOL_TODAY=2026-03-03 ok meet log Otters --date 2026-03-03
ok game listening --with Ana,Ben

# A rhythm's start: `status` read it through a second reader that turned it into year 0.
sqlite3 congregation.msol "UPDATE rhythms SET start = '2026-13-45'"
for cmd in status "rhythm show Otters" agenda; do
  # shellcheck disable=SC2086
  expect 2 $cmd
  says "the file is damaged: rhythms row 1 holds '2026-13-45' as its start"
done
sqlite3 congregation.msol "UPDATE rhythms SET start = '2026-03-03'"
ok status

# A meeting's day: the tally, `game` and `status` read it through three readers before.
# A skip has no row id (its key is its rhythm and day): it is named by its rhythm.
sqlite3 congregation.msol "INSERT INTO rhythm_skips(rhythm_id, day) VALUES (1, '2026-03-32')"
expect 2 rhythm show Otters
says "the file is damaged: rhythm_skips row (rhythm 1) holds '2026-03-32' as its day"
sqlite3 congregation.msol "DELETE FROM rhythm_skips"

sqlite3 congregation.msol "UPDATE meetings SET day = 'someday'"
for cmd in tally status "meet list"; do
  # shellcheck disable=SC2086
  expect 2 $cmd
  says "meetings row 1 holds 'someday' as its day"
done
sqlite3 congregation.msol "UPDATE meetings SET day = '2026-03-03'"

# A crew's roster and a game event's day.
sqlite3 congregation.msol "UPDATE crew_members SET joined = '' WHERE id = 2"
expect 2 tally
says "crew_members row 2 holds '' as its joined"
sqlite3 congregation.msol "UPDATE crew_members SET joined = '2026-03-01'"
sqlite3 congregation.msol "UPDATE game_events SET day = '2026-02-30'"
expect 2 game list
says "game_events row 1 holds '2026-02-30' as its day"
