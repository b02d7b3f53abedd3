#pragma once
// "Did you mean ...?" for a name in a host's file that is no member (SPEC 2). Kept in this one
// place so that it can give way to the domain's Unicode name rules (issue 16) when they land.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msol::exchange {

// The name compared loosely: decomposed, accents dropped, case folded ("Zoë" and "zoe" agree).
std::string loose_key(std::string_view name);

// The candidate closest to `name` when it is close enough to be a likely slip (the same loose
// key, or at most one edit in four letters, at least one); nullopt when none is.
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates);

}  // namespace msol::exchange
