#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <string>

#include "util/errors.hpp"
#include "util/file_read.hpp"
#include "util/file_write.hpp"

using namespace msol;
using namespace msol::util;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("msol-util-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(std::random_device{}()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path operator/(const std::string& name) const { return path / name; }
};

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? st.st_mode & 0777 : 0;
}

void put(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

int entries(const fs::path& dir) {
  int n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("replace writes a private file, replaces it whole and leaves nothing beside it") {
  TempDir dir;
  Guard guard(dir / "congregation.msol");
  auto path = dir / "export.toml";
  write_file(path, std::string(10000, 'x') + "\nend\n", WriteMode::replace, guard);
  CHECK(mode_of(path) == 0600);
  CHECK(read_file(path).size() == 10005);
  put(path, "old");
  fs::permissions(path, fs::perms(0644));
  write_file(path, "short\n", WriteMode::replace, guard);
  CHECK(read_file(path) == "short\n");
  CHECK(mode_of(path) == 0600);
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("replace through a symlink keeps the link and replaces the file it names") {
  TempDir dir;
  Guard guard(dir / "congregation.msol");
  put(dir / "real.ics", "old");
  fs::create_symlink("real.ics", dir / "link.ics");
  write_file(dir / "link.ics", "new", WriteMode::replace, guard);
  CHECK(fs::is_symlink(dir / "link.ics"));
  CHECK(read_file(dir / "real.ics") == "new");
}

TEST_CASE("replace writes a FIFO or device in place") {
  TempDir dir;
  Guard guard(dir / "congregation.msol");
  CHECK_THROWS_WITH_AS(write_file("/dev/full", "x", WriteMode::replace, guard),
                       doctest::Contains("No space left on device"), Failure);
  write_file("/dev/null", "x", WriteMode::replace, guard);
}

TEST_CASE("create_only never overwrites and leaves no temp file") {
  TempDir dir;
  Guard guard(dir / "congregation.msol");
  auto path = dir / "copy.msol";
  write_file(path, "first", WriteMode::create_only, guard);
  CHECK(mode_of(path) == 0600);
  CHECK_THROWS_WITH_AS(write_file(path, "second", WriteMode::create_only, guard),
                       doctest::Contains("already exists"), Failure);
  CHECK(read_file(path) == "first");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("the guard refuses the congregation file and its companions under any alias") {
  TempDir dir;
  auto file = dir / "congregation.msol";
  put(file, "precious");
  put(dir / "congregation.msol.schema3.20260101T000000.bak", "old");
  Guard guard(file);
  fs::create_directories(dir / "sub");
  fs::create_symlink(file, dir / "alias.ics");
  fs::create_hard_link(file, dir / "sub" / "hard.ics");
  fs::create_hard_link(dir / "congregation.msol.schema3.20260101T000000.bak", dir / "b.toml");
  for (auto target : {file, dir / "sub" / ".." / "congregation.msol", dir / "alias.ics",
                      dir / "sub" / "hard.ics", dir / "congregation.msol-wal",
                      dir / "congregation.msol-shm", dir / "congregation.msol-journal",
                      dir / "b.toml", dir / "congregation.msol.schema3.20260101T000000.bak"}) {
    CAPTURE(target);
    CHECK_THROWS_WITH_AS(write_file(target, "x", WriteMode::replace, guard),
                         doctest::Contains("destroy the congregation"), Failure);
    CHECK_THROWS_AS(write_file(target, "x", WriteMode::create_only, guard), Failure);
  }
  CHECK(read_file(file) == "precious");
  CHECK_FALSE(fs::exists(dir / "congregation.msol-wal"));
  write_file(dir / "congregation.msol.schema4.x.bak", "b", WriteMode::privileged, guard);
  CHECK(read_file(dir / "congregation.msol.schema4.x.bak") == "b");
}

TEST_CASE("write and read failures name the file and the OS's reason") {
  TempDir dir;
  Guard guard(dir / "congregation.msol");
  auto nowhere = dir / "no" / "folder" / "out.toml";
  CHECK_THROWS_WITH_AS(write_file(nowhere, "x", WriteMode::replace, guard),
                       doctest::Contains("out.toml': No such file or directory"), Failure);
  CHECK_THROWS_WITH_AS(read_file(dir / "missing.toml"),
                       doctest::Contains("missing.toml': No such file or directory"), Failure);
  CHECK_THROWS_WITH_AS(read_file(dir.path), doctest::Contains("is a folder"), Failure);
}

TEST_CASE(
    "read_file reads bytes exactly but a leading byte-order mark; read_text_file names the line of "
    "bad UTF-8") {
  TempDir dir;
  auto path = dir / "form.csv";
  const std::string content("\xEF\xBB\xBFname\r\nA\0na\r\n", 15);
  put(path, content);
  CHECK(read_file(path) == content.substr(3));
  put(path, "name\xEF\xBB\xBF\n");
  CHECK(read_file(path) == "name\xEF\xBB\xBF\n");
  put(path, "name\nAna\nJos\xE9\n");
  CHECK_THROWS_WITH_AS(read_text_file(path), doctest::Contains("form.csv line 3"), UsageError);
}
