#pragma once
// `msol import` of a JSON file: the JSON read straight into the same document tree the TOML reader
// walks (no TOML text in between), with where each value stands in the JSON text, so that errors
// give the JSON's own line and column and the field's path (RFC 6901: /member/3/joined, counting
// from 0).
#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace msol::exchange {

struct JsonPlace {
  int line = 0, column = 0;  // 1-based; the column counts bytes
  std::string path;          // "/member/3/joined"
};

using JsonPlaces = std::unordered_map<const toml::node*, JsonPlace>;

struct JsonTree {
  toml::table root;
  JsonPlaces places;  // for every node of `root` but the root itself
};

// The document `text` (from `source`, named in messages) holds. Throws UsageError
// "SOURCE:LINE:COLUMN: malformed JSON: ..." for text that is not JSON, and a UsageError naming the
// source when the document is not an object or nests deeper than msol's files ever do.
JsonTree read_json_tree(std::string_view text, const std::string& source);

}  // namespace msol::exchange
