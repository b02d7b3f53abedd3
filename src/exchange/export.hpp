#pragma once
// The whole congregation as one document (TOML or JSON) that `msol import` reads back losslessly.
#include <string>

#include "domain/congregation.hpp"
#include "exchange/snapshot.hpp"

namespace msol::exchange {

enum class Format { Toml, Json };

std::string export_snapshot(const Snapshot& s, Format format);

// A congregation without history: its name, time zone and members only.
std::string export_congregation(const Congregation& c, Format format);

// For sharing outside the congregation (`export --redact`, SPEC 5): without any field that
// domain/confidential.hpp lists (notes, avoids, money and conflict events, retro texts).
Snapshot redacted(Snapshot s);

}  // namespace msol::exchange
