#pragma once
// Small text rules shared by every input path: names, lists, sizes and yes/no words.
#include <string>
#include <string_view>
#include <vector>

namespace msol {

// The case-insensitive identity of a name (Unicode lower case), used for lookups and uniqueness.
std::string name_key(std::string_view name);

// Throws UsageError unless `name` is a usable member or crew name: valid UTF-8, not empty,
// no commas or semicolons (they separate lists), no control characters, no outer spaces.
void check_name(std::string_view name, std::string_view what);

std::string trim(std::string_view s);

// Splits "a, b,c" into trimmed, non-empty items.
std::vector<std::string> split_list(std::string_view text, char separator = ',');
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

bool same_name(std::string_view a, std::string_view b);

// "yes"/"no"/"true"/"false" (any case); throws UsageError naming `what` otherwise.
bool parse_yes_no(std::string_view text, std::string_view what);

}  // namespace msol
