#include <ostream>

#include "report/writers.h"

namespace crmflow {
namespace {

/// GitHub workflow commands: data escapes %, CR and LF; properties also ':' and ','.
std::string escapeData(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escapeProperty(std::string_view s) {
  std::string out;
  for (char c : escapeData(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view command(Level level) {
  switch (level) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    default: return "notice";
  }
}

}  // namespace

void writeGithub(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  for (const auto& f : a.findings) {
    if (f.suppressed) continue;
    const Span& s = f.location;
    out << "::" << command(f.level) << " file=" << escapeProperty(o.pathPrefix + s.file) << ",line=" << s.line
        << ",col=" << s.column;
    if (s.endLine >= s.line && s.endColumn > 0) out << ",endLine=" << s.endLine << ",endColumn=" << s.endColumn;
    out << ",title=" << escapeProperty("crmflow " + std::string(f.rule->id)) << "::";
    std::string message = renderMessage(f, o.lang, regimes);
    std::string path = pathSummary(f.path, o.lang);
    if (!path.empty()) message += "\n" + std::string(o.lang == Lang::Tr ? "Yol: " : "Path: ") + path;
    out << escapeData(message) << "\n";
  }
}

}  // namespace crmflow
