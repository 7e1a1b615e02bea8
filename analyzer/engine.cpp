#include "engine.h"

#include <algorithm>

#include "checks/registry.h"
#include "core/strings.h"
#include "manifest/loader.h"

namespace crmflow {
namespace {

struct RulePolicy {
  bool disabled = false;
  std::optional<Level> level;
};

RulePolicy policyFor(const Graph& graph, std::string_view rule) {
  RulePolicy p;
  const Entity* policy = graph.find(Kind::Policy);
  if (!policy) return p;
  for (const auto& id : policy->list("disable")) p.disabled = p.disabled || id.text == rule;
  if (const Field* sev = policy->get("severity"))
    for (const auto& [id, level] : sev->entries)
      if (id.text == rule) p.level = parseLevel(level.text);
  return p;
}

void sortFindings(std::vector<Finding>& findings) {
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location, a.rule->id, a.identity) < std::tie(b.location, b.rule->id, b.identity);
  });
}

}  // namespace

std::vector<Finding> runChecks(const Graph& graph) {
  std::vector<Finding> all;
  for (const auto& check : allChecks()) {
    const RuleInfo& rule = check->info();
    RulePolicy policy = policyFor(graph, rule.id);
    if (policy.disabled) continue;
    Findings findings(rule);
    check->run(graph, findings);
    for (auto& f : findings.items()) {
      if (policy.level) f.level = *policy.level;
      all.push_back(std::move(f));
    }
  }
  sortFindings(all);
  return all;
}

void applySuppressions(const Graph& graph, std::vector<Finding>& findings) {
  const Check* invalid = findCheck("suppression/invalid");
  RulePolicy invalidPolicy = policyFor(graph, "suppression/invalid");
  Findings problems(invalid->info());
  for (const Suppression& s : graph.manifest().suppressions) {
    for (const std::string& rule : s.rules) {
      std::vector<std::string> identity{s.comment.file, std::to_string(s.comment.line), rule};
      if (!findCheck(rule)) {
        problems.add(s.comment, "unknown", {rule, didYouMean(rule, allRuleIds())}, identity);
        continue;
      }
      if (s.justification.empty()) {
        problems.add(s.comment, "unjustified", {rule}, identity);
        continue;
      }
      bool matched = false;
      for (Finding& f : findings) {
        const Span& at = f.location;
        if (f.rule->id != rule || at.file != s.comment.file || (at.line != s.comment.line && at.line != s.comment.line + 1)) continue;
        f.suppressed = s.justification;
        matched = true;
      }
      if (!matched && !policyFor(graph, rule).disabled) problems.add(s.comment, "stale", {rule}, identity);
    }
  }
  if (invalidPolicy.disabled) return;
  for (auto& f : problems.items()) {
    if (invalidPolicy.level) f.level = *invalidPolicy.level;
    findings.push_back(std::move(f));
  }
  sortFindings(findings);
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
  applySuppressions(*a.graph, a.findings);
  return a;
}

}  // namespace crmflow
