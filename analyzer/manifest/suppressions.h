#pragma once
/// Inline suppressions: `# crmflow: ignore[rule-id, ...] justification` on a finding's line or the
/// line above (`//` in C++). The justification runs to the end of the line or to a further `#`.
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace crmflow {

struct Suppression {
  Span comment;                     ///< from the comment marker to the end of the line
  std::vector<std::string> rules;   ///< as written
  std::string justification;        ///< empty = missing (the suppression does not apply)
};

/// Suppressions in one file's text; `marker` is "#" for TOML and "//" for C++.
std::vector<Suppression> parseSuppressions(std::string_view text, const std::string& file, std::string_view marker = "#");

}  // namespace crmflow
