#include "storage/files.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "domain/errors.hpp"
#include "storage_test_util.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::mode_of;
using msol::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("write_file_atomic writes a private file and replaces it whole") {
  TempDir dir;
  auto path = dir / "export.toml";
  write_file_atomic(path, std::string(10000, 'x') + "\nend\n");
  CHECK(mode_of(path) == 0600);
  CHECK(read_file(path).size() == 10005);

  write_file_atomic(path, "short\n");
  CHECK(read_file(path) == "short\n");
  CHECK(mode_of(path) == 0600);

  write_file_atomic(path, "");
  CHECK(read_file(path).empty());

  // Nothing is left beside it.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    CAPTURE(e.path().string());
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("write_file_atomic makes a world-readable file private") {
  TempDir dir;
  auto path = dir / "calendar.ics";
  {
    std::ofstream out(path);
    out << "old";
  }
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                            fs::perms::others_read);
  REQUIRE(mode_of(path) == 0644);
  write_file_atomic(path, "BEGIN:VCALENDAR\r\n");
  CHECK(read_file(path) == "BEGIN:VCALENDAR\r\n");
  CHECK(mode_of(path) == 0600);
}

TEST_CASE("write_file_atomic and read_file fail with the file name") {
  TempDir dir;
  auto nowhere = dir / "no" / "folder" / "out.toml";
  CHECK_THROWS_WITH_AS(write_file_atomic(nowhere, "x"), doctest::Contains("out.toml"), Failure);
  CHECK_FALSE(fs::exists(nowhere));
  CHECK_THROWS_WITH_AS(read_file(dir / "missing.toml"), doctest::Contains("missing.toml"), Failure);
  CHECK_THROWS_WITH_AS(read_file(dir.path()), doctest::Contains("is a folder"), Failure);
}

TEST_CASE("read_file reads bytes exactly, including NUL and CRLF, but not a byte order mark") {
  TempDir dir;
  auto path = dir / "form.csv";
  const std::string content("\xEF\xBB\xBFname\r\nA\0na\r\n", 15);
  {
    std::ofstream out(path, std::ios::binary);
    out << content;
  }
  CHECK(read_file(path) == content.substr(3));
}
