#include <map>
#include <ostream>

#include "report/writers.h"

namespace crmflow {

/// A pull-request comment or compliance review: counts by rule and level, then every finding
/// with its place, data path and legal references.
void writeMarkdown(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  const bool tr = o.lang == Lang::Tr;
  Regimes regimes = regimesOf(a.graph.get());
  std::map<std::pair<std::string_view, Level>, int> byRule;
  for (const auto& f : a.findings)
    if (!f.suppressed) ++byRule[{f.rule->id, f.level}];
  FindingCounts counts = countFindings(a);
  out << "## crmflow: " << counts.level(Level::Error) << (tr ? " hata, " : " errors, ") << counts.level(Level::Warning)
      << (tr ? " uyarı, " : " warnings, ") << counts.level(Level::Note) << (tr ? " not" : " notes");
  if (counts.suppressed) out << ", " << counts.suppressed << (tr ? " bastırılmış" : " suppressed");
  out << "\n\n";
  if (!a.complete()) {
    out << (tr ? "**Analiz tamamlanamadı.** Girdi hataları:\n\n" : "**The analysis could not be completed.** Input errors:\n\n");
    for (const auto& d : a.diagnostics.items())
      if (d.level == Level::Error) out << "- `" << textLocation(d.where, o.pathPrefix) << "`: " << d.message << "\n";
    out << "\n";
  }
  if (byRule.empty()) {
    if (a.complete()) out << (tr ? "Bulgu yok.\n" : "No findings.\n");
    return;
  }
  out << (tr ? "| kural | düzey | sayı |\n|---|---|---:|\n" : "| rule | level | count |\n|---|---|---:|\n");
  for (const auto& [key, n] : byRule) out << "| `" << key.first << "` | " << levelName(key.second) << " | " << n << " |\n";
  out << "\n### " << (tr ? "Bulgular" : "Findings") << "\n\n";
  for (const auto& f : a.findings) {
    if (f.suppressed) continue;
    out << "- **" << levelName(f.level) << "** `" << f.rule->id << "` — `" << textLocation(f.location, o.pathPrefix) << "`";
    if (f.baseline == BaselineState::New) out << (tr ? " (yeni)" : " (new)");
    out << "  \n  " << renderMessage(f, o.lang, regimes, false) << "\n";
    std::string path = pathSummary(f.path, o.lang);
    if (!path.empty()) out << "  - " << (tr ? "Yol: " : "Path: ") << path << "\n";
    std::string refs = legalReferences(*f.rule, o.lang, regimes);
    if (!refs.empty()) out << "  - " << (tr ? "Dayanak: " : "Legal reference: ") << refs << "\n";
  }
}

}  // namespace crmflow
