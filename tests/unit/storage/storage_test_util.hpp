#pragma once
// A fresh folder per test under the system's temporary folder, removed when the test ends.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

#include "domain/congregation.hpp"
#include "domain/dates.hpp"

namespace msol::test {

class TempDir {
 public:
  TempDir() {
    static std::mt19937_64 rng{std::random_device{}()};
    path_ = std::filesystem::temp_directory_path() /
            ("msol-unit-" + std::to_string(::getpid()) + "-" + std::to_string(rng()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// The permission bits of a file as ls shows them, e.g. 0600.
inline unsigned mode_of(const std::filesystem::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return 0;
  return st.st_mode & 0777;
}

inline Date day(const char* iso) { return parse_date(iso, "test date"); }

inline Member person(std::string name, std::string invited_by = "") {
  Member m;
  m.name = std::move(name);
  m.invited_by = std::move(invited_by);
  return m;
}

}  // namespace msol::test
