// The attendance grid of `msol meet list --grid`: which cell each member gets at each meeting.
#include "game/attendance.hpp"

#include <doctest/doctest.h>

#include "domain/dates.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::game;

namespace {

Date d(const char* text) { return parse_date(text, "test date"); }

using P = Presence;

// Oak, given out of date order: ana and ben from the start; cai joins for the second meeting and
// is excused at the third; ben leaves after the second.
std::vector<Meeting> oak() {
  return {Meeting{3, "Oak", d("2026-03-15"), {"ana"}, {}, {"cai"}},
          Meeting{1, "Oak", d("2026-01-15"), {"ana", "ben"}, {}, {}},
          Meeting{2, "Oak", d("2026-02-15"), {"cai"}, {"ana", "ben"}, {}}};
}

}  // namespace

TEST_CASE("one column per meeting in date order, one row per member on any roll, by name") {
  auto grids = attendance_grids(oak());
  REQUIRE(grids.size() == 1);
  const auto& g = grids[0];
  CHECK(g.crew == "Oak");
  CHECK(g.meetings == std::vector<Date>{d("2026-01-15"), d("2026-02-15"), d("2026-03-15")});
  REQUIRE(g.rows.size() == 3);
  CHECK(g.rows[0].member == "ana");
  CHECK(g.rows[0].cells == std::vector<P>{P::Present, P::Absent, P::Present});
  CHECK(g.rows[1].member == "ben");
  CHECK(g.rows[1].cells == std::vector<P>{P::Present, P::Absent, P::NotMember});
  CHECK(g.rows[2].member == "cai");
  CHECK(g.rows[2].cells == std::vector<P>{P::NotMember, P::Present, P::Excused});
}

TEST_CASE("the rate counts the meetings a member was on the roll of; excused is not present") {
  auto g = attendance_grids(oak())[0];
  CHECK(g.rows[0].present == 2);
  CHECK(g.rows[0].on_roll == 3);
  CHECK(g.rows[0].rate() == doctest::Approx(2.0 / 3));
  CHECK(g.rows[1].rate() == doctest::Approx(0.5));  // ben: joined both, left before the third
  CHECK(g.rows[2].rate() == doctest::Approx(0.5));  // cai: present once, excused once
  CHECK(AttendanceRow{}.rate() == 0.0);
}

TEST_CASE("one grid per crew, crews sorted by name whatever their case") {
  auto meetings = oak();
  meetings.push_back(Meeting{4, "birch", d("2026-01-01"), {"Zoe", "dee"}, {}, {}});
  auto grids = attendance_grids(meetings);
  REQUIRE(grids.size() == 2);
  CHECK(grids[0].crew == "birch");
  CHECK(grids[1].crew == "Oak");
  REQUIRE(grids[0].rows.size() == 2);
  CHECK(grids[0].rows[0].member == "dee");
  CHECK(grids[0].rows[1].member == "Zoe");
  CHECK(attendance_grids({}).empty());
}

TEST_CASE("a name on two lists of one roll is refused") {
  CHECK_THROWS_AS(attendance_grids({Meeting{1, "Oak", d("2026-01-01"), {"ana"}, {"ana"}, {}}}),
                  UsageError);
}
