#pragma once
/// Finding levels, ordered so that a higher level is more severe.
#include <optional>
#include <string_view>

namespace crmflow {

enum class Level { None = 0, Note = 1, Warning = 2, Error = 3 };

constexpr std::string_view levelName(Level l) {
  switch (l) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
    case Level::None: break;
  }
  return "none";
}

inline std::optional<Level> parseLevel(std::string_view s) {
  if (s == "error") return Level::Error;
  if (s == "warning") return Level::Warning;
  if (s == "note") return Level::Note;
  if (s == "none") return Level::None;
  return std::nullopt;
}

}  // namespace crmflow
