#include "storage/meetings_store.hpp"

#include <fmt/format.h>

#include <charconv>
#include <map>

#include "domain/errors.hpp"
#include "domain/meeting.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"

namespace msol::storage {
namespace {

void bind_member(SQLite::Database& db, SQLite::Statement& st, int i, const std::string& name) {
  if (name.empty())
    st.bind(i);
  else
    st.bind(i, member_id(db, name));
}

void load_attendance(SQLite::Database& db, std::map<std::int64_t, LoggedMeeting*>& by_id) {
  SQLite::Statement st(db,
                       "SELECT a.meeting_id, m.name, a.status FROM attendance a "
                       "JOIN members m ON m.id = a.member_id ORDER BY a.meeting_id, a.member_id");
  while (st.executeStep()) {
    auto it = by_id.find(st.getColumn(0).getInt64());
    if (it == by_id.end()) continue;
    auto status = st.getColumn(2).getString();
    auto& list = status == "present"  ? it->second->present
                 : status == "absent" ? it->second->absent
                                      : it->second->excused;
    list.push_back(st.getColumn(1).getString());
  }
}

void insert_attendance(SQLite::Database& db, std::int64_t meeting,
                       const std::vector<std::string>& names, const char* status) {
  for (const auto& n : names) {
    SQLite::Statement st(db,
                         "INSERT INTO attendance(meeting_id, member_id, status) VALUES (?, ?, ?)");
    st.bind(1, meeting);
    st.bind(2, member_id(db, n));
    st.bind(3, status);
    st.exec();
  }
}

}  // namespace

std::vector<LoggedMeeting> load_meetings(SQLite::Database& db, const std::string& crew) {
  std::optional<std::int64_t> only;
  if (!crew.empty()) only = crew_id(db, crew);
  SQLite::Statement st(
      db,
      "SELECT g.id, c.name, g.day, g.scheduled, f.name, g.note FROM meetings g "
      "JOIN crews c ON c.id = g.crew_id LEFT JOIN members f ON f.id = g.facilitator "
      "WHERE ? IS NULL OR g.crew_id = ? ORDER BY g.day, c.name_key");
  if (only) {
    st.bind(1, *only);
    st.bind(2, *only);
  }
  std::vector<LoggedMeeting> out;
  while (st.executeStep()) {
    const auto id = st.getColumn(0).getInt64();
    out.push_back({st.getColumn(1).getString(),
                   stored_date(st.getColumn(2), "meetings", id),
                   st.getColumn(3).getInt() != 0,
                   st.getColumn(4).isNull() ? "" : st.getColumn(4).getString(),
                   st.getColumn(5).getString(),
                   {},
                   {},
                   {},
                   id});
  }
  std::map<std::int64_t, LoggedMeeting*> by_id;
  for (auto& m : out) by_id[m.id] = &m;
  load_attendance(db, by_id);
  return out;
}

bool save_meeting(SQLite::Database& db, const LoggedMeeting& m) {
  auto crew = crew_id(db, m.crew);
  SQLite::Statement del(db, "DELETE FROM meetings WHERE crew_id = ? AND day = ?");
  del.bind(1, crew);
  del.bind(2, format_date(m.date));
  bool replaced = del.exec() > 0;
  SQLite::Statement st(db,
                       "INSERT INTO meetings(crew_id, day, scheduled, facilitator, note) "
                       "VALUES (?, ?, ?, ?, ?)");
  st.bind(1, crew);
  st.bind(2, format_date(m.date));
  st.bind(3, m.scheduled ? 1 : 0);
  bind_member(db, st, 4, m.facilitator);
  st.bind(5, m.note);
  st.exec();
  auto id = db.getLastInsertRowid();
  insert_attendance(db, id, m.present, "present");
  insert_attendance(db, id, m.absent, "absent");
  insert_attendance(db, id, m.excused, "excused");
  return replaced;
}

void insert_retro(SQLite::Database& db, const Retro& r) {
  SQLite::Statement st(db,
                       "INSERT INTO retros(crew_id, rhythm_id, day, decision, celebrate, change, "
                       "renew, next_facilitator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, crew_id(db, r.crew));
  if (r.rhythm_id)
    st.bind(2, *r.rhythm_id);
  else
    st.bind(2);
  st.bind(3, format_date(r.date));
  st.bind(4, r.decision);
  st.bind(5, r.celebrate);
  st.bind(6, r.change);
  if (r.renew)
    st.bind(7, *r.renew);
  else
    st.bind(7);
  bind_member(db, st, 8, r.next_facilitator);
  st.exec();
}

std::vector<PastReview> past_reviews(SQLite::Database& db, const std::string& crew) {
  std::vector<PastReview> out;
  SQLite::Statement st(db, "SELECT rhythm_id, day FROM retros WHERE crew_id = ? ORDER BY day, id");
  st.bind(1, crew_id(db, crew));
  while (st.executeStep()) {
    std::optional<std::int64_t> rhythm;
    if (!st.getColumn(0).isNull()) rhythm = st.getColumn(0).getInt64();
    out.push_back({rhythm, parse_date(st.getColumn(1).getString(), "stored retrospective")});
  }
  return out;
}

std::set<std::string> sent_reminders(SQLite::Database& db) {
  std::set<std::string> out;
  SQLite::Statement st(db, "SELECT key FROM reminders_sent");
  while (st.executeStep()) out.insert(st.getColumn(0).getString());
  return out;
}

void mark_sent(SQLite::Database& db, const std::string& key, const std::string& sent_at) {
  SQLite::Statement st(db, "INSERT OR IGNORE INTO reminders_sent(key, sent_at) VALUES (?, ?)");
  st.bind(1, key);
  st.bind(2, sent_at);
  st.exec();
}

}  // namespace msol::storage
