#pragma once
// The two kinds of error that reach a user, mapped to exit codes in one place (cmd/run.cpp).
// They live in the bottom layer so that every library, util included, throws the same two.
#include <stdexcept>
#include <string>

namespace msol {

// Exit 2: the user's words or input are malformed (bad flag value, bad date, bad TOML).
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Exit 1: the input was well-formed but the work cannot be done (not found, conflict, infeasible).
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace msol
