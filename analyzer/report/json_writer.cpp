#include <ostream>

#include "report/json_stream.h"
#include "report/writers.h"

namespace crmflow {
namespace {

void span(JsonStream& j, std::string_view key, const Span& s) {
  j.key(key).beginObject().field("file", s.file).field("line", s.line).field("column", s.column)
      .field("endLine", s.endLine).field("endColumn", s.endColumn).endObject();
}

std::string_view edgeName(EdgeKind k) {
  switch (k) {
    case EdgeKind::CollectedFor: return "collected-for";
    case EdgeKind::Reads: return "reads";
    case EdgeKind::Serves: return "serves";
    case EdgeKind::RunsOn: return "runs-on";
    case EdgeKind::DelegatesTo: return "delegates-to";
    case EdgeKind::Triggers: return "triggers";
    case EdgeKind::Covers: return "covers";
    case EdgeKind::CoversData: return "covers-data";
    case EdgeKind::Tells: return "tells";
    case EdgeKind::CompatibleWith: return "compatible-with";
    case EdgeKind::SendsTo: return "sends-to";
  }
  return "?";
}

void ref(JsonStream& j, std::string_view key, const Entity& e) {
  j.key(key).beginObject().field("kind", kindTable(e.kind)).field("id", e.id).endObject();
}

}  // namespace

void writeJson(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  JsonStream j(out);
  j.beginObject().field("tool", "crmflow").field("version", kToolVersion).field("complete", a.complete());
  j.key("files").beginArray();
  if (a.graph)
    for (const auto& f : a.graph->manifest().files) j.value(f);
  j.endArray();
  j.key("nodes").beginArray();
  if (a.graph)
    for (const auto& e : a.graph->manifest().entities) {
      j.beginObject().field("kind", kindTable(e.kind)).field("id", e.id);
      span(j, "span", e.header);
      j.endObject();
    }
  j.endArray();
  j.key("edges").beginArray();
  if (a.graph)
    for (const auto& e : a.graph->edges()) {
      j.beginObject().field("kind", edgeName(e.kind));
      ref(j, "from", *e.from);
      ref(j, "to", *e.to);
      j.field("origin", e.fromCode ? "code" : "manifest");
      span(j, "span", e.origin);
      j.endObject();
    }
  j.endArray();
  j.key("findings").beginArray();
  for (const auto& f : a.findings) {
    j.beginObject().field("ruleId", f.rule->id).field("level", levelName(f.level))
        .field("message", renderMessage(f, o.lang, regimes));
    span(j, "location", f.location);
    j.key("related").beginArray();
    for (const auto& r : f.related) {
      j.beginObject().field("kind", kindTable(r.kind)).field("id", r.id);
      span(j, "span", r.span);
      j.endObject();
    }
    j.endArray().key("path").beginArray();
    for (const auto& s : f.path) {
      j.beginObject().field("message", stepMessage(s, o.lang));
      span(j, "span", s.span);
      j.endObject();
    }
    j.endArray().field("fingerprint", fingerprint(f));
    if (f.suppressed) j.field("suppressed", *f.suppressed);
    j.endObject();
  }
  j.endArray().key("diagnostics").beginArray();
  for (const auto& d : a.diagnostics.items()) {
    j.beginObject().field("level", levelName(d.level)).field("message", d.message);
    span(j, "span", d.where);
    j.endObject();
  }
  j.endArray().endObject();
}

}  // namespace crmflow
