#pragma once
// Command lines as a POSIX shell reads them back, for messages that say what to type and for the
// undo journal's record of what was typed.
#include <string>
#include <vector>

namespace msol::util {

// `word` as one shell word: as it is when it holds only letters, digits and -_.,:/=+@%; in
// bash's $'...' when it holds control characters or invisible ones (zero-width, bidi controls),
// so that printing it cannot move the cursor, colour the terminal or reorder the line; else in
// single quotes (a quote inside written '\'').
std::string shell_word(const std::string& word);

// `words` as a command line: each a shell_word, separated by spaces.
std::string shell_line(const std::vector<std::string>& words);

}  // namespace msol::util
