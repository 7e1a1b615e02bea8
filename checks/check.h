#pragma once
/// The interface every rule implements: metadata plus a run over the graph. A check never
/// parses, prints or formats; it reports findings with ids and spans.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "frontend/vendors.h"
#include "graph/semantics.h"
#include "report/finding.h"

namespace crmflow {

class Check {
 public:
  virtual ~Check() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void run(const Graph& graph, Findings& findings) const = 0;
};

}  // namespace crmflow

namespace crmflow {

/// "'a', 'b'" for a list of entities.
inline std::string idList(const std::vector<const Entity*>& entities) {
  std::string out;
  for (const Entity* e : entities) out += (out.empty() ? "'" : ", '") + e->id + "'";
  return out;
}

/// Joins clauses in both languages ("a; b").
inline Arg joinClauses(const std::vector<Arg>& parts) {
  Arg out("");
  for (const auto& p : parts) {
    out.en += (out.en.empty() ? "" : "; ") + p.en;
    out.tr += (out.tr.empty() ? "" : "; ") + p.tr;
  }
  return out;
}

}  // namespace crmflow

namespace crmflow {

/// Short description of where a code hit goes, for messages.
inline std::string hitSink(const CodeHit& h) {
  switch (h.sink) {
    case CodeHit::Sink::Ai: return "AI function '" + h.sinkId + "'";
    case CodeHit::Sink::Action: return "action '" + h.sinkId + "'";
    case CodeHit::Sink::Processor: return "processor '" + h.sinkId + "'";
    case CodeHit::Sink::Network: return h.host;
  }
  return {};
}

}  // namespace crmflow
