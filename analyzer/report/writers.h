#pragma once
/// Output formats of an analysis. Same analysis in, byte-identical output out.
#include <iosfwd>
#include <string>

#include "engine.h"
#include "report/messages.h"

namespace crmflow {

struct ReportOptions {
  Lang lang = Lang::En;
  std::string pathPrefix;  ///< prepended to root-relative paths in text output ("" or "demo/")
  Level failOn = Level::Error;
  bool excludeSuppressed = false;  ///< SARIF: leave suppressed results out (GitHub ignores `suppressions`)
};

void writeText(std::ostream& out, const Analysis& analysis, const ReportOptions& options);
void writeSarif(std::ostream& out, const Analysis& analysis, const ReportOptions& options);
void writeJson(std::ostream& out, const Analysis& analysis, const ReportOptions& options);
/// GitHub Actions workflow commands (`::error file=…::…`): inline annotations without code scanning.
void writeGithub(std::ostream& out, const Analysis& analysis, const ReportOptions& options);
/// GitLab Code Quality JSON.
void writeCodeClimate(std::ostream& out, const Analysis& analysis, const ReportOptions& options);
/// Markdown summary for a pull-request comment or a compliance review.
void writeMarkdown(std::ostream& out, const Analysis& analysis, const ReportOptions& options);
/// Unsuppressed findings by level, and how many were suppressed: what every summary line states.
struct FindingCounts {
  std::size_t byLevel[4] = {};
  std::size_t suppressed = 0;
  std::size_t level(Level l) const { return byLevel[static_cast<int>(l)]; }
};
FindingCounts countFindings(const Analysis& analysis);

/// `path:line:col` for a span (just `path` when the line is unknown).
std::string textLocation(const Span& span, const std::string& prefix);

inline constexpr const char* kToolVersion = "0.1.0";
inline constexpr const char* kInformationUri = "https://github.com/crmflow/crmflow";

}  // namespace crmflow
