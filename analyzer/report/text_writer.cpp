#include <ostream>

#include "checks/registry.h"
#include "report/writers.h"

namespace crmflow {

std::string textLocation(const Span& span, const std::string& prefix) {
  std::string s = prefix + span.file;
  if (span.known()) s += ":" + std::to_string(span.line) + ":" + std::to_string(span.column);
  return s;
}

FindingCounts countFindings(const Analysis& a) {
  FindingCounts c;
  for (const auto& f : a.findings) {
    if (f.suppressed) ++c.suppressed;
    else ++c.byLevel[static_cast<int>(f.level)];
  }
  return c;
}

void writeText(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  for (const auto& f : a.findings) {
    if (f.suppressed) continue;
    out << textLocation(f.location, o.pathPrefix) << ": " << levelName(f.level) << ": "
        << renderMessage(f, o.lang, regimes) << " [" << f.rule->id << "]\n";
    for (const auto& step : f.path)
      out << textLocation(step.span, o.pathPrefix) << ": note: " << stepMessage(step, o.lang) << "\n";
    for (const auto& r : f.related)
      out << textLocation(r.span, o.pathPrefix) << ": note: " << entityLabel(r.kind, r.id, o.lang)
          << (o.lang == Lang::Tr ? " burada tanımlı" : " is declared here") << "\n";
  }
  const bool tr = o.lang == Lang::Tr;
  FindingCounts counts = countFindings(a);
  std::size_t suppressed = counts.suppressed;
  auto count = [&](Level l, const char* en1, const char* enN, const char* trw) {
    std::size_t n = counts.level(l);
    return std::to_string(n) + " " + (tr ? trw : n == 1 ? en1 : enN);
  };
  out << "crmflow: " << count(Level::Error, "error", "errors", "hata") << ", "
      << count(Level::Warning, "warning", "warnings", "uyarı") << ", " << count(Level::Note, "note", "notes", "not");
  if (suppressed) out << ", " << suppressed << (tr ? " bastırılmış" : " suppressed");
  if (a.baselined) {
    std::size_t states[4] = {};
    for (const auto& f : a.findings)
      if (!f.suppressed) ++states[static_cast<int>(f.baseline)];
    out << (tr ? "; referansa göre " : "; against the baseline: ") << states[1] << (tr ? " yeni, " : " new, ") << states[2]
        << (tr ? " değişmemiş, " : " unchanged, ") << states[3] << (tr ? " güncellenmiş, " : " updated, ") << a.absent.size()
        << (tr ? " kaybolmuş" : " absent");
  }
  if (!a.complete()) out << (tr ? "; analiz tamamlanamadı (girdi hataları)" : "; analysis incomplete (input errors)");
  out << "\n";
}

}  // namespace crmflow
