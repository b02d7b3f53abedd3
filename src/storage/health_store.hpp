#pragma once
// Loading everything `msol status` judges: members, crews, the commitments of open crews as their
// rhythms schedule them, the meeting log and the reciprocity levels reached.
#include <chrono>

#include "domain/dates.hpp"
#include "domain/health.hpp"
#include "storage/database.hpp"

namespace msol::storage {

// `now` is the instant that counts as now; meetings are late from their end plus the setting
// remind.grace_minutes on.
HealthInput load_health_input(SQLite::Database& db, std::chrono::sys_seconds now);

}  // namespace msol::storage
