#pragma once
// How many terminal columns text takes, by Unicode's rules through ICU rather than a hand-written
// table (issue 16 point 7): text is measured in grapheme clusters (what a reader sees as one
// character: "é" written as e + accent, a flag, a family emoji), each taking two columns when its
// first character is East Asian Wide or Fullwidth or an emoji shown as a picture, none when it
// is a lone combining mark or an invisible format character, one otherwise.
#include <string>
#include <string_view>

namespace msol {

// Columns `text` (UTF-8) takes in a terminal. Bytes that are not UTF-8 count one column each.
size_t display_width(std::string_view text);

// `text` if it fits `width` columns, else its longest prefix of whole grapheme clusters that
// fits `width` - 1 columns followed by "…". `width` must be at least 1.
std::string fit(std::string_view text, size_t width);

}  // namespace msol
