#include <ostream>

#include "report/json_stream.h"
#include "report/writers.h"

namespace crmflow {

/// GitLab Code Quality (a Code Climate subset): one issue object per unsuppressed finding.
void writeCodeClimate(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  JsonStream j(out);
  j.beginArray();
  for (const auto& f : a.findings) {
    if (f.suppressed) continue;
    std::string_view severity = f.level == Level::Error ? "major" : f.level == Level::Warning ? "minor" : "info";
    j.beginObject().field("type", "issue").field("check_name", f.rule->id)
        .field("description", renderMessage(f, o.lang, regimes));
    j.key("categories").beginArray().value("Security").endArray();
    j.field("fingerprint", fingerprint(f)).field("severity", severity);
    j.key("location").beginObject().field("path", o.pathPrefix + f.location.file);
    j.key("lines").beginObject().field("begin", f.location.line)
        .field("end", std::max(f.location.line, f.location.endLine)).endObject();
    j.endObject().endObject();
  }
  j.endArray();
}

}  // namespace crmflow
