#include "manifest/suppressions.h"

#include "core/strings.h"

namespace crmflow {

namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

/// Position of the comment marker on a line, skipping markers inside "..." or '...' strings.
std::size_t commentStart(std::string_view line, std::string_view marker) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\' && quote == '"') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (line.substr(i, marker.size()) == marker) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<Suppression> parseSuppressions(std::string_view text, const std::string& file, std::string_view marker) {
  static constexpr std::string_view tag = "crmflow: ignore[";
  std::vector<Suppression> out;
  uint32_t lineNo = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    ++lineNo;
    pos = end + 1;
    if (line.find(tag) == std::string_view::npos) continue;
    std::size_t start = commentStart(line, marker);
    if (start == std::string_view::npos) continue;
    std::string_view comment = line.substr(start + marker.size());
    std::size_t at = comment.find(tag);
    if (at == std::string_view::npos || !trim(comment.substr(0, at)).empty()) continue;
    std::string_view rest = comment.substr(at + tag.size());
    std::size_t close = rest.find(']');
    if (close == std::string_view::npos) continue;
    Suppression s;
    auto column = [&](std::size_t byte) { return lineColumnOf(line, byte).second; };
    s.comment = Span{file, lineNo, column(start), lineNo, column(line.size())};
    std::string_view list = rest.substr(0, close);
    while (!list.empty()) {
      std::size_t comma = list.find(',');
      std::string rule = trim(list.substr(0, comma));
      if (!rule.empty()) s.rules.push_back(rule);
      list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    }
    std::string_view why = rest.substr(close + 1);
    s.justification = trim(why.substr(0, why.find(marker)));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace crmflow
