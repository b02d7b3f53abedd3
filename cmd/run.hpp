#pragma once
// One whole msol invocation, for main() and for the command-line fuzzer.

namespace msol::cli {

// Parses argv, runs the command, prints any error; returns the exit code (SPEC section 2).
int run(int argc, char** argv);

}  // namespace msol::cli
