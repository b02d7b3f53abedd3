#pragma once
// The two kinds of error that reach a user, mapped to exit codes in one place (cmd/main.cpp).
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
