#pragma once
// Reading and writing the meeting log (with attendance), retrospectives and sent reminders.
#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/dates.hpp"
#include "storage/database.hpp"

namespace msol::storage {

struct LoggedMeeting {
  std::string crew;
  Date date{};
  bool scheduled = true;  // false: held on a day the rhythm did not give
  std::string facilitator;
  std::string note;  // confidential to the crew
  std::vector<std::string> present, absent, excused;
  std::int64_t id = 0;  // the meetings row, once stored (ids that people see: kept by export)
};

// The one reader of the meetings and attendance tables: logged meetings in date order, of one crew
// (by name) or of all when `crew` is empty.
std::vector<LoggedMeeting> load_meetings(SQLite::Database& db, const std::string& crew = "");

// Records a meeting (its id is not used), replacing an earlier log of the same crew and day;
// returns whether it did.
bool save_meeting(SQLite::Database& db, const LoggedMeeting& m);

struct Retro {
  std::string crew;
  std::optional<std::int64_t> rhythm_id;  // the commitment reviewed
  Date date{};
  std::string decision;  // continue, change or stop
  std::string celebrate, change;
  std::optional<int> renew;
  std::string next_facilitator;
};

void insert_retro(SQLite::Database& db, const Retro& r);

// The crew's retrospectives so far, oldest first: which commitment each reviewed, and when.
struct PastReview {
  std::optional<std::int64_t> rhythm_id;
  Date date{};
};
std::vector<PastReview> past_reviews(SQLite::Database& db, const std::string& crew);

// Keys of reminders already printed with --mark.
std::set<std::string> sent_reminders(SQLite::Database& db);
void mark_sent(SQLite::Database& db, const std::string& key, const std::string& sent_at);

}  // namespace msol::storage
