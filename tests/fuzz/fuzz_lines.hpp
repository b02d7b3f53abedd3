#pragma once
// Splits a fuzzer's bytes into text lines, the shape every harness feeds its parsers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace msol::fuzz {

inline std::vector<std::string> lines(const uint8_t* data, size_t size, size_t max_lines) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < size && out.size() <= max_lines; ++i) {
    if (data[i] == '\n')
      out.emplace_back();
    else
      out.back() += static_cast<char>(data[i]);
  }
  if (out.size() > max_lines) out.resize(max_lines);
  return out;
}

}  // namespace msol::fuzz
