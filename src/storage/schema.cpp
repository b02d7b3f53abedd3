#include "storage/schema.hpp"

#include "storage/name_migration.hpp"
#include "storage/table_rebuild.hpp"

namespace msol::storage {
namespace {

// Version 1: the congregation, its members, invitations and crew preferences.
constexpr std::string_view kMembers = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE members (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL UNIQUE,
  email      TEXT NOT NULL DEFAULT '',
  invited_by INTEGER REFERENCES members(id),
  joined     TEXT,
  left_on    TEXT,
  looking    INTEGER NOT NULL DEFAULT 1 CHECK (looking IN (0, 1)),
  size_min   INTEGER CHECK (size_min BETWEEN 3 AND 8),
  size_max   INTEGER CHECK (size_max BETWEEN 3 AND 8)
) STRICT;
CREATE TABLE member_wants (
  member_id INTEGER NOT NULL REFERENCES members(id),
  rank      INTEGER NOT NULL,
  target_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (member_id, rank),
  UNIQUE (member_id, target_id)
) STRICT;
CREATE TABLE member_avoids (
  member_id INTEGER NOT NULL REFERENCES members(id),
  target_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (member_id, target_id)
) STRICT;
CREATE TABLE member_tags (
  member_id INTEGER NOT NULL REFERENCES members(id),
  kind      TEXT NOT NULL CHECK (kind IN ('interest', 'slot')),
  position  INTEGER NOT NULL,
  tag       TEXT NOT NULL,
  PRIMARY KEY (member_id, kind, position)
) STRICT;
)sql";

// Version 2: crews, who was in them when, and the formations that proposed them.
constexpr std::string_view kCrews = R"sql(
CREATE TABLE formations (
  id        INTEGER PRIMARY KEY,
  formed_on TEXT NOT NULL,
  seed      INTEGER,
  score     REAL NOT NULL,
  bound     REAL NOT NULL
) STRICT;
CREATE TABLE crews (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  name_key     TEXT NOT NULL UNIQUE,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created      TEXT NOT NULL,
  closed       TEXT,
  formation_id INTEGER REFERENCES formations(id)
) STRICT;
CREATE TABLE crew_members (
  id        INTEGER PRIMARY KEY,
  crew_id   INTEGER NOT NULL REFERENCES crews(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  joined    TEXT NOT NULL,
  left_on   TEXT
) STRICT;
CREATE INDEX crew_members_by_crew ON crew_members(crew_id);
CREATE INDEX crew_members_by_member ON crew_members(member_id);
)sql";

// Version 3: rhythms, their exceptions, meetings, attendance, retrospectives and reminders.
constexpr std::string_view kRhythms = R"sql(
CREATE TABLE rhythms (
  id         INTEGER PRIMARY KEY,
  crew_id    INTEGER NOT NULL REFERENCES crews(id),
  cadence    TEXT NOT NULL,
  start      TEXT NOT NULL,
  count      INTEGER,
  until      TEXT,
  at         TEXT NOT NULL,
  duration   INTEGER NOT NULL,
  rotate     INTEGER NOT NULL DEFAULT 0 CHECK (rotate IN (0, 1)),
  postponed  INTEGER NOT NULL DEFAULT 0,
  first_facilitator INTEGER REFERENCES members(id),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created    TEXT NOT NULL
) STRICT;
CREATE TABLE rhythm_skips (
  rhythm_id INTEGER NOT NULL REFERENCES rhythms(id),
  day       TEXT NOT NULL,
  PRIMARY KEY (rhythm_id, day)
) STRICT;
CREATE TABLE rhythm_moves (
  rhythm_id INTEGER NOT NULL REFERENCES rhythms(id),
  original  TEXT NOT NULL,
  day       TEXT NOT NULL,
  at        TEXT,
  PRIMARY KEY (rhythm_id, original)
) STRICT;
CREATE TABLE meetings (
  id          INTEGER PRIMARY KEY,
  crew_id     INTEGER NOT NULL REFERENCES crews(id),
  day         TEXT NOT NULL,
  scheduled   INTEGER NOT NULL DEFAULT 1 CHECK (scheduled IN (0, 1)),
  facilitator INTEGER REFERENCES members(id),
  note        TEXT NOT NULL DEFAULT '',
  UNIQUE (crew_id, day)
) STRICT;
CREATE TABLE attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES members(id),
  status     TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  PRIMARY KEY (meeting_id, member_id)
) STRICT;
CREATE TABLE retros (
  id          INTEGER PRIMARY KEY,
  crew_id     INTEGER NOT NULL REFERENCES crews(id),
  rhythm_id   INTEGER REFERENCES rhythms(id),
  day         TEXT NOT NULL,
  decision    TEXT NOT NULL CHECK (decision IN ('continue', 'change', 'stop')),
  celebrate   TEXT NOT NULL DEFAULT '',
  change      TEXT NOT NULL DEFAULT '',
  renew       INTEGER,
  next_facilitator INTEGER REFERENCES members(id)
) STRICT;
CREATE TABLE reminders_sent (
  key     TEXT PRIMARY KEY,
  sent_at TEXT NOT NULL
) STRICT;
)sql";

// Version 4: the reciprocity game's events and who took part in which role.
constexpr std::string_view kGame = R"sql(
CREATE TABLE game_events (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('listening', 'money', 'conflict', 'coowners')),
  day      TEXT NOT NULL,
  venture  TEXT NOT NULL DEFAULT '',
  asked    INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
  resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
) STRICT;
CREATE TABLE game_participants (
  event_id  INTEGER NOT NULL REFERENCES game_events(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id),
  role      TEXT NOT NULL CHECK (role IN ('participant', 'focus', 'offerer', 'side', 'owner')),
  position  INTEGER NOT NULL,
  PRIMARY KEY (event_id, member_id)
) STRICT;
)sql";

// Version 5 (issue 20): a monthly rhythm's anchor day, which a renewal keeps although it starts
// on a short month's last day (no row: the start date's own day); and each crew's calendar
// revision, which `msol ics` writes as SEQUENCE and LAST-MODIFIED. Triggers bump the revision on
// every change to what a crew's events show, whichever command makes it. The table is named
// journal_* so that `msol undo` leaves it alone: taking a change back is one more change, and
// calendar clients ignore an update whose SEQUENCE does not grow. LAST-MODIFIED is kept in Unix
// seconds and grows by at least one a change, even within one second.
constexpr std::string_view kCalendarRevisions = R"sql(
CREATE TABLE rhythm_anchors (
  rhythm_id INTEGER PRIMARY KEY REFERENCES rhythms(id),
  day       INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31)
) STRICT;
CREATE TABLE journal_calendar (
  crew_id  INTEGER PRIMARY KEY,
  revision INTEGER NOT NULL,
  modified INTEGER NOT NULL
) STRICT;
CREATE VIEW journal_calendar_bump(crew_id) AS SELECT crew_id FROM journal_calendar WHERE 0;
CREATE TRIGGER journal_calendar_bump INSTEAD OF INSERT ON journal_calendar_bump BEGIN
  INSERT INTO journal_calendar(crew_id, revision, modified)
    VALUES (NEW.crew_id, 1, CAST(strftime('%s', 'now') AS INTEGER))
    ON CONFLICT(crew_id) DO UPDATE SET revision = revision + 1,
      modified = max(excluded.modified, modified + 1);
END;
CREATE TRIGGER journal_calendar_rhythms_insert AFTER INSERT ON rhythms BEGIN
  INSERT INTO journal_calendar_bump SELECT NEW.crew_id;
END;
CREATE TRIGGER journal_calendar_rhythm_skips_insert AFTER INSERT ON rhythm_skips BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM rhythms WHERE id = NEW.rhythm_id;
END;
CREATE TRIGGER journal_calendar_rhythm_moves_insert AFTER INSERT ON rhythm_moves BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM rhythms WHERE id = NEW.rhythm_id;
END;
CREATE TRIGGER journal_calendar_crew_members_insert AFTER INSERT ON crew_members BEGIN
  INSERT INTO journal_calendar_bump SELECT NEW.crew_id;
END;
CREATE TRIGGER journal_calendar_rhythms_update AFTER UPDATE ON rhythms BEGIN
  INSERT INTO journal_calendar_bump SELECT NEW.crew_id;
END;
CREATE TRIGGER journal_calendar_rhythm_skips_update AFTER UPDATE ON rhythm_skips BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM rhythms WHERE id = NEW.rhythm_id;
END;
CREATE TRIGGER journal_calendar_rhythm_moves_update AFTER UPDATE ON rhythm_moves BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM rhythms WHERE id = NEW.rhythm_id;
END;
CREATE TRIGGER journal_calendar_crew_members_update AFTER UPDATE ON crew_members BEGIN
  INSERT INTO journal_calendar_bump SELECT NEW.crew_id;
END;
CREATE TRIGGER journal_calendar_rhythms_delete AFTER DELETE ON rhythms BEGIN
  INSERT INTO journal_calendar_bump SELECT OLD.crew_id;
END;
CREATE TRIGGER journal_calendar_rhythm_skips_delete AFTER DELETE ON rhythm_skips BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM rhythms WHERE id = OLD.rhythm_id;
END;
CREATE TRIGGER journal_calendar_rhythm_moves_delete AFTER DELETE ON rhythm_moves BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM rhythms WHERE id = OLD.rhythm_id;
END;
CREATE TRIGGER journal_calendar_crew_members_delete AFTER DELETE ON crew_members BEGIN
  INSERT INTO journal_calendar_bump SELECT OLD.crew_id;
END;
CREATE TRIGGER journal_calendar_crews_update AFTER UPDATE ON crews BEGIN
  INSERT INTO journal_calendar_bump SELECT NEW.id;
END;
CREATE TRIGGER journal_calendar_members_rename AFTER UPDATE OF name ON members BEGIN
  INSERT INTO journal_calendar_bump SELECT crew_id FROM crew_members WHERE member_id = NEW.id;
END;
)sql";

// Version 6: names and tags under Unicode's rules (NFC, full case folding for keys); the work is
// normalise_stored_names().
constexpr std::string_view kUnicodeNames = "-- names and tags in NFC, keys by case folding";

// Version 7: partners, who share a crew whenever both are in the pool. Stored both ways (each
// pair twice), so that a member's partners are one lookup like their wants and avoids.
constexpr std::string_view kPartners = R"sql(
CREATE TABLE member_partners (
  member_id INTEGER NOT NULL REFERENCES members(id),
  target_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (member_id, target_id)
) STRICT;
)sql";

// Version 8: a saved formation keeps its explanation (the crew form JSON document), so that
// `crew form --last` can print it again. formation.history_months replaced the setting
// formation.history_rounds, which the settings table refuses as unknown: a stored one goes.
constexpr std::string_view kExplanations = R"sql(
ALTER TABLE formations ADD COLUMN explanation TEXT;
DELETE FROM settings WHERE key = 'formation.history_rounds';
)sql";

// Version 9: the undo journal (issue 15). Each entry holds one writing command's changeset
// (SQLite's session extension) of every table but journal_*; kind 'seal' marks a migration,
// before which nothing can be taken back. `at` is UTC by the real clock, as journal.keep_days
// counts it. Its code (key_rows_by_primary_key) makes the tables keyed by more than a rowid
// WITHOUT ROWID, so that a row undo puts back takes its old place.
constexpr std::string_view kJournal = R"sql(
CREATE TABLE journal_changes (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  command_line TEXT NOT NULL,
  summary      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('change', 'bookkeeping', 'undo', 'seal')),
  undone_by    INTEGER,
  changeset    BLOB
) STRICT;
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, kMembers},
      {2, kCrews},
      {3, kRhythms},
      {4, kGame},
      {5, kCalendarRevisions},
      {6, kUnicodeNames, normalise_stored_names},
      {7, kPartners},
      {8, kExplanations},
      {9, kJournal, key_rows_by_primary_key},
  };
  return all;
}

int current_schema_version() { return migrations().back().version; }

}  // namespace msol::storage
