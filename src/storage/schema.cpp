#include "storage/schema.hpp"

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

// Version 5: a saved formation keeps its explanation (the crew form JSON document), so that
// `crew form --last` can print it again.
constexpr std::string_view kExplanations = R"sql(
ALTER TABLE formations ADD COLUMN explanation TEXT;
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, kMembers}, {2, kCrews}, {3, kRhythms}, {4, kGame}, {5, kExplanations},
  };
  return all;
}

int current_schema_version() { return migrations().back().version; }

}  // namespace msol::storage
