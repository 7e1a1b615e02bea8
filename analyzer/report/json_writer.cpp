#include <nlohmann/json.hpp>

#include <ostream>

#include "report/writers.h"

namespace crmflow {
namespace {

using nlohmann::ordered_json;

ordered_json span(const Span& s) {
  return {{"file", s.file}, {"line", s.line}, {"column", s.column}, {"endLine", s.endLine}, {"endColumn", s.endColumn}};
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
  }
  return "?";
}

ordered_json ref(const Entity& e) { return {{"kind", kindTable(e.kind)}, {"id", e.id}}; }

}  // namespace

void writeJson(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  ordered_json nodes = ordered_json::array(), edges = ordered_json::array(), files = ordered_json::array();
  if (a.graph) {
    for (const auto& f : a.graph->manifest().files) files.push_back(f);
    for (const auto& e : a.graph->manifest().entities)
      nodes.push_back({{"kind", kindTable(e.kind)}, {"id", e.id}, {"span", span(e.header)}});
    for (const auto& e : a.graph->edges())
      edges.push_back({{"kind", edgeName(e.kind)}, {"from", ref(*e.from)}, {"to", ref(*e.to)},
                       {"origin", e.fromCode ? "code" : "manifest"}, {"span", span(e.origin)}});
  }
  ordered_json findings = ordered_json::array();
  for (const auto& f : a.findings) {
    ordered_json related = ordered_json::array(), path = ordered_json::array();
    for (const auto& r : f.related) related.push_back({{"kind", kindTable(r.kind)}, {"id", r.id}, {"span", span(r.span)}});
    for (const auto& s : f.path) path.push_back({{"message", stepMessage(s, o.lang)}, {"span", span(s.span)}});
    findings.push_back({{"ruleId", f.rule->id}, {"level", levelName(f.level)}, {"message", renderMessage(f, o.lang, regimes)},
                        {"location", span(f.location)}, {"related", related}, {"path", path},
                        {"fingerprint", fingerprint(f)}});
  }
  ordered_json diagnostics = ordered_json::array();
  for (const auto& d : a.diagnostics.items())
    diagnostics.push_back({{"level", levelName(d.level)}, {"message", d.message}, {"span", span(d.where)}});
  ordered_json doc{{"tool", "crmflow"}, {"version", kToolVersion}, {"complete", a.complete()},
                   {"files", files}, {"nodes", nodes}, {"edges", edges}, {"findings", findings},
                   {"diagnostics", diagnostics}};
  out << doc.dump(2) << "\n";
}

}  // namespace crmflow
