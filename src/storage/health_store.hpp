#pragma once
// Loading everything `msol status` judges: members, crews, the commitments of open crews as their
// rhythms schedule them, the meeting log and the reciprocity levels reached.
#include "domain/dates.hpp"
#include "domain/health.hpp"
#include "storage/database.hpp"

namespace msol::storage {

HealthInput load_health_input(SQLite::Database& db, Date today);

}  // namespace msol::storage
