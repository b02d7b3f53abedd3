#include "storage/settings_store.hpp"

#include <map>
#include <string>

namespace msol::storage {

Settings load_settings(SQLite::Database& db) {
  std::map<std::string, std::string> stored;
  SQLite::Statement st(db,
                       "SELECT key, value FROM settings WHERE key NOT IN ('name', 'timezone') "
                       "ORDER BY key");
  while (st.executeStep()) stored[st.getColumn(0).getString()] = st.getColumn(1).getString();
  return Settings::from_text(stored);
}

void save_settings(SQLite::Database& db, const Settings& settings) {
  for (const auto& [key, value] : settings.to_text()) put_setting(db, key, value);
}

std::chrono::minutes remind_grace(SQLite::Database& db) {
  return std::chrono::minutes{load_settings(db).get("remind.grace_minutes")};
}

game::PointValues load_points(SQLite::Database& db) { return game::points_from(load_settings(db)); }

}  // namespace msol::storage
