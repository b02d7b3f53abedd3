// libFuzzer harness: whole msol command lines, one argument a line, run against a fresh copy of a
// small congregation with crews, a rhythm, meetings and game events. Every command may fail,
// but only as msol does: a message and exit code 1 or 2, never a crash, leak or sanitizer report.
//
// Arguments holding '/' or a lone '-' are refused so the fuzzer cannot write outside its scratch
// folder or wait on standard input; `crew form` is refused because its search runs for seconds
// (the solver has its own property test).
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_lines.hpp"
#include "run.hpp"

namespace {

namespace fs = std::filesystem;

const char* const kFile = "congregation.msol";
const char* const kTemplate = "template.msol";

int msol_run(std::vector<std::string> args) {
  args.insert(args.begin(), "msol");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return msol::cli::run(static_cast<int>(args.size()), argv.data());
}

void setup(const std::vector<std::vector<std::string>>& commands) {
  for (auto c : commands) {
    c.insert(c.begin(), "-q");
    if (msol_run(c) != 0) {
      std::cerr << "fuzz_cli: setup command failed: " << c[1] << "\n";
      std::abort();
    }
  }
  fs::copy_file(kFile, kTemplate);
}

// Leaves the scratch folder as setup made it: the template's copy and nothing else.
void reset() {
  for (const auto& entry : fs::directory_iterator(fs::current_path()))
    if (entry.path().filename() != kTemplate) fs::remove_all(entry.path());
  fs::copy_file(kTemplate, kFile);
}

bool allowed(const std::vector<std::string>& args) {
  auto bad = [](const std::string& a) { return a.find('/') != std::string::npos || a == "-"; };
  return std::none_of(args.begin(), args.end(), bad) &&
         std::find(args.begin(), args.end(), "form") == args.end();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char scratch[] = "/tmp/msol-fuzz-cli-XXXXXX";
  if (mkdtemp(scratch) == nullptr || chdir(scratch) != 0) std::abort();
  setenv("MSOL_NOW", "2026-11-22 10:00", 1);
  unsetenv("MSOL_FILE");
  unsetenv("MSOL_TODAY");
  const std::string example = MSOL_SOURCE_DIR "/data/example.toml";
  setup(
      {{"init", "--name", "Fuzz", "--timezone", "Europe/Berlin"},
       {"import", example},
       {"crew", "create", "Otters", "--members", "Ngozi,Søren,Mariana"},
       {"crew", "create", "Sea Lions", "--members", "Tomás,Aiyana,Kwame,Hana"},
       {"rhythm", "set", "Otters", "--every", "week", "--count", "6", "--from", "2026-11-03",
        "--at", "19:00", "--rotate-facilitator"},
       {"meet", "log", "Otters", "--date", "2026-11-10", "--absent", "Søren", "--note", "kitchen"},
       {"game", "listening", "--with", "Ngozi,Tomás,Hana"},
       {"game", "money", "--focus", "Kwame", "--asked", "--offers", "Hana,Aiyana"},
       {"game", "conflict", "Ngozi", "Søren", "--resolved"}});
  std::atexit([] { fs::remove_all(fs::current_path()); });
  // msol writes standard output through its own checked buffer to descriptor 1 (cmd/output.hpp),
  // so that descriptor itself goes to /dev/null.
  int null = open("/dev/null", O_WRONLY);
  if (null < 0 || dup2(null, STDOUT_FILENO) < 0) std::abort();
  close(null);
  std::cerr.rdbuf(nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto args = msol::fuzz::lines(data, size, 16);
  if (!allowed(args)) return 0;
  reset();
  msol_run(args);
  return 0;
}
