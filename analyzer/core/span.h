#pragma once
/// A region of an input file: where a manifest node or a code fact came from.
#include <compare>
#include <cstdint>
#include <string>

namespace crmflow {

struct Span {
  std::string file;  ///< path relative to the analyzed root, '/'-separated
  uint32_t line = 0, column = 0;         ///< 1-based; 0 = unknown (whole file)
  uint32_t endLine = 0, endColumn = 0;   ///< end is exclusive, as in SARIF

  bool known() const { return line != 0; }
  auto operator<=>(const Span&) const = default;
  bool operator==(const Span&) const = default;
};

/// A span covering from the start of `a` to the end of `b` (a key and its value).
inline Span cover(const Span& a, const Span& b) {
  Span s = a;
  s.endLine = b.endLine;
  s.endColumn = b.endColumn;
  return s;
}

}  // namespace crmflow
