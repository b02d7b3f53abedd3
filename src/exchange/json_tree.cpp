#include "exchange/json_tree.hpp"

#include <fmt/format.h>

#include <limits>
#include <map>
#include <nlohmann/json.hpp>

#include "domain/errors.hpp"

namespace msol::exchange {
namespace {

// msol's export nests four deep; the limit keeps a hostile file from exhausting the stack.
constexpr int kMaxDepth = 64;
constexpr std::uint64_t kMaxInt = std::numeric_limits<std::int64_t>::max();

struct Position {
  int line = 1, column = 1;
};

// Line and column of byte `offset` of `text`.
Position position_of(std::string_view text, std::size_t offset) {
  Position p;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

// "/" + the key with RFC 6901's escapes (~ as ~0, / as ~1).
std::string pointer_step(const std::string& key) {
  std::string out = "/";
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

// Where each value starts, by path, from a second pass over text nlohmann already accepted (its
// objects do not keep their keys' order or positions, so the paths tie the two passes together).
class Scanner {
 public:
  Scanner(std::string_view text, const std::string& source) : s_(text), source_(source) {
    if (s_.starts_with("\xEF\xBB\xBF")) i_ = 3;  // a byte-order mark, as nlohmann allows
  }

  std::map<std::string, Position> scan() {
    value("", 0);
    return std::move(found_);
  }

 private:
  void blank() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      step();
  }
  void step() {
    if (s_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }
  // A string literal, decoded as nlohmann decodes it.
  std::string string() {
    const auto start = i_++;
    while (s_[i_] != '"') i_ += s_[i_] == '\\' ? 2 : 1;
    ++i_;
    return nlohmann::json::parse(s_.substr(start, i_ - start)).get<std::string>();
  }
  void value(const std::string& path, int depth) {
    if (depth > kMaxDepth)
      throw UsageError(
          fmt::format("{}: the JSON nests deeper than {} levels at {}", source_, kMaxDepth, path));
    blank();
    found_[path] = {line_, static_cast<int>(i_ - line_start_) + 1};
    if (s_[i_] == '{' || s_[i_] == '[') return container(path, depth);
    if (s_[i_] == '"') return void(string());
    while (i_ < s_.size() && std::string_view(",}] \t\r\n").find(s_[i_]) == std::string_view::npos)
      ++i_;
  }
  void container(const std::string& path, int depth) {
    const bool object = s_[i_++] == '{';
    blank();
    for (int index = 0; s_[i_] != (object ? '}' : ']'); ++index) {
      std::string step_path = path + "/" + std::to_string(index);
      if (object) {
        step_path = path + pointer_step(string());
        blank();
        ++i_;  // ':'
      }
      value(step_path, depth + 1);
      blank();
      if (s_[i_] == ',') ++i_;
      blank();
    }
    ++i_;
  }

  std::string_view s_;
  const std::string& source_;
  std::size_t i_ = 0, line_start_ = 0;
  int line_ = 1;
  std::map<std::string, Position> found_;
};

// Builds the TOML node for a JSON value in place, so that the node addresses recorded stay valid.
class Builder {
 public:
  Builder(const std::map<std::string, Position>& positions, JsonPlaces& places)
      : positions_(positions), places_(places) {}

  void fill(toml::table& t, const nlohmann::json& object, const std::string& path) {
    for (const auto& item : object.items()) {
      const std::string& key = item.key();
      const auto& v = item.value();
      const auto child = path + pointer_step(key);
      if (auto* node = put(v, [&](auto&& x) {
            return &t.insert_or_assign(key, std::forward<decltype(x)>(x)).first->second;
          }))
        mark(*node, v, child);
    }
  }

 private:
  void fill(toml::array& a, const nlohmann::json& array, const std::string& path) {
    std::size_t index = 0;
    for (const auto& v : array) {
      const auto child = path + "/" + std::to_string(index++);
      if (auto* node = put(v, [&](auto&& x) {
            a.push_back(std::forward<decltype(x)>(x));
            return &a.back();
          }))
        mark(*node, v, child);
    }
  }

  // Hands `insert` the TOML value mirroring `v` and returns the node it made; JSON null has no
  // TOML form and is left out (nullptr).
  template <class Insert>
  toml::node* put(const nlohmann::json& v, Insert insert) {
    if (v.is_object()) return insert(toml::table{});
    if (v.is_array()) return insert(toml::array{});
    if (v.is_string()) return insert(v.get<std::string>());
    if (v.is_number_integer() && (!v.is_number_unsigned() || v.get<std::uint64_t>() <= kMaxInt))
      return insert(v.get<std::int64_t>());
    if (v.is_number()) return insert(v.get<double>());
    if (v.is_boolean()) return insert(v.get<bool>());
    return nullptr;
  }

  void mark(toml::node& node, const nlohmann::json& v, const std::string& path) {
    const auto at = positions_.find(path);
    const auto p = at == positions_.end() ? Position{} : at->second;
    places_[&node] = {p.line, p.column, path};
    if (auto* t = node.as_table()) fill(*t, v, path);
    if (auto* a = node.as_array()) fill(*a, v, path);
  }

  const std::map<std::string, Position>& positions_;
  JsonPlaces& places_;
};

}  // namespace

JsonTree read_json_tree(std::string_view text, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const auto p = position_of(text, e.byte == 0 ? 0 : e.byte - 1);
    throw UsageError(
        fmt::format("{}:{}:{}: malformed JSON: {}", source, p.line, p.column, e.what()));
  } catch (const nlohmann::json::exception& e) {  // e.g. a number too large for a double
    throw UsageError(fmt::format("{}: malformed JSON: {}", source, e.what()));
  }
  if (!doc.is_object())
    throw UsageError(fmt::format(
        "{}: expected a JSON object as written by 'msol export --format json'", source));
  JsonTree tree;
  const auto positions = Scanner(text, source).scan();
  Builder(positions, tree.places).fill(tree.root, doc, "");
  return tree;
}

}  // namespace msol::exchange
