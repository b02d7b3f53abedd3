#pragma once
// Small text rules shared by every input path: lists, sizes and yes/no words. Names (their
// intake, identity, order and suggestions) are in names.hpp, included here because nearly every
// user of these helpers compares names too.
#include <string>
#include <string_view>
#include <vector>

#include "domain/names.hpp"

namespace msol {

std::string trim(std::string_view s);

// Splits "a, b,c" into trimmed, non-empty items.
std::vector<std::string> split_list(std::string_view text, char separator = ',');
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

// "yes"/"no"/"true"/"false" (any case); throws UsageError naming `what` otherwise.
bool parse_yes_no(std::string_view text, std::string_view what);

}  // namespace msol
