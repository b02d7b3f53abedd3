#pragma once
// Realistic crew-formation instances: friend circles with one-way and mutual wants, a few
// avoids, interests shared within circles, meeting slots, size preferences and some history.
#include <cstdint>

#include "solver/formation.hpp"

namespace msol::bench {

solver::Instance generate(int n, int min_size, int max_size, std::uint64_t seed);

}  // namespace msol::bench
