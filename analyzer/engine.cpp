#include "engine.h"

#include <algorithm>

#include "checks/registry.h"
#include "manifest/loader.h"

namespace crmflow {

std::vector<Finding> runChecks(const Graph& graph) {
  const Entity* policy = graph.find(Kind::Policy);
  std::vector<Finding> all;
  for (const auto& check : allChecks()) {
    const RuleInfo& rule = check->info();
    std::optional<Level> override;
    if (policy) {
      bool disabled = false;
      for (const auto& id : policy->list("disable")) disabled = disabled || id.text == rule.id;
      if (disabled) continue;
      if (const Field* sev = policy->get("severity"))
        for (const auto& [id, level] : sev->entries)
          if (id.text == rule.id) override = parseLevel(level.text);
    }
    Findings findings(rule);
    check->run(graph, findings);
    for (auto& f : findings.items()) {
      if (override) f.level = *override;
      all.push_back(std::move(f));
    }
  }
  std::sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location, a.rule->id, a.identity) < std::tie(b.location, b.rule->id, b.identity);
  });
  return all;
}

Analysis analyze(const AnalysisOptions& options) {
  Analysis a;
  LoadOptions load{options.root, options.manifest, allRuleIds(), options.reader};
  Manifest manifest = loadManifest(load, a.diagnostics);
  if (a.diagnostics.hasErrors()) return a;
  a.graph = std::make_unique<Graph>(std::move(manifest));
  if (const Entity* policy = a.graph->find(Kind::Policy))
    if (auto failOn = policy->text("fail_on")) a.policyFailOn = parseLevel(*failOn);
  a.findings = runChecks(*a.graph);
  return a;
}

}  // namespace crmflow
