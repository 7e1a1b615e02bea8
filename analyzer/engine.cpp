#include "engine.h"

#include <algorithm>

#include "checks/registry.h"
#include "core/strings.h"
#include "frontend/frontend.h"
#include "manifest/loader.h"

#include <fstream>
#include <set>
#include <sstream>
#include <thread>

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

/// `// crmflow: ignore[...]` comments of the C++ files that findings point into.
std::vector<Suppression> codeSuppressions(const std::filesystem::path& root, const std::vector<Finding>& findings) {
  std::set<std::string> files;
  for (const auto& f : findings) {
    auto ext = std::filesystem::path(f.location.file).extension().string();
    if (ext == ".cpp" || ext == ".cc" || ext == ".cxx" || ext == ".h" || ext == ".hpp" || ext == ".hh") files.insert(f.location.file);
  }
  std::vector<Suppression> out;
  for (const auto& file : files) {
    std::ifstream in(root / file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    for (auto& s : parseSuppressions(text.str(), file, "//")) out.push_back(std::move(s));
  }
  return out;
}

void applySuppressions(const Graph& graph, std::vector<Finding>& findings, const std::filesystem::path& root) {
  const Check* invalid = findCheck("suppression/invalid");
  RulePolicy invalidPolicy = policyFor(graph, "suppression/invalid");
  Findings problems(invalid->info());
  std::vector<Suppression> all = graph.manifest().suppressions;
  for (auto& s : codeSuppressions(root, findings)) all.push_back(std::move(s));
  for (const Suppression& s : all) {
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

namespace {

/// Names the manifest gives to code it cannot annotate (vendor SDKs, HTTP clients).
SymbolRoles manifestRoles(const Manifest& m) {
  SymbolRoles roles;
  for (const auto& e : m.entities) {
    auto each = [&](std::string_view key, auto add) {
      for (const auto& item : e.list(key)) add(item.text);
    };
    switch (e.kind) {
      case Kind::Ai: each("symbols", [&](const std::string& s) { roles.ai.emplace(s, e.id); }); break;
      case Kind::Action:
        each("symbols", [&](const std::string& s) { roles.action.emplace(s, e.id); });
        each("approval", [&](const std::string& s) { roles.approval.insert(s); });
        break;
      case Kind::Processor:
        each("symbols", [&](const std::string& s) { roles.processor.emplace(s, e.id); });
        each("endpoints", [&](const std::string& s) { roles.endpoints.emplace_back(s, e.id); });
        break;
      case Kind::Consent: each("check", [&](const std::string& s) { roles.consent.emplace(s, e.id); }); break;
      default: break;
    }
  }
  return roles;
}

}  // namespace

std::shared_ptr<const CodeModel> analyzeCode(const AnalysisOptions& options, const Manifest& manifest, Diagnostics& diags) {
  const Entity* code = manifest.find(Kind::Code);
  std::filesystem::path db = options.compileCommands;
  if (db.empty() && code && code->text("compile_commands")) db = options.root / std::string(*code->text("compile_commands"));
  if (db.empty()) {
    if (code && (code->has("sources") || code->has("exclude")))
      diags.error(code->header, "[code] selects sources but names no compilation database: set compile_commands, or pass -p BUILD_DIR");
    else if (!options.files.empty())
      diags.error(Span{}, "files were given after `--` but there is no compilation database: set [code] compile_commands or pass -p BUILD_DIR");
    return nullptr;
  }
  FrontendOptions fo;
  fo.root = options.root;
  fo.compileCommands = db;
  if (code) {
    for (const auto& s : code->list("sources")) fo.sources.push_back(s.text);
    for (const auto& s : code->list("exclude")) fo.exclude.push_back(s.text);
  }
  fo.files = options.files;
  for (const auto& d : manifest.all(Kind::Data))
    for (const auto& f : d.list("fields")) fo.fieldData.emplace(f.text, d.id);
  fo.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  return std::make_shared<const CodeModel>(runFrontend(fo, diags), manifestRoles(manifest));
}

Analysis analyze(const AnalysisOptions& options) {
  Analysis a;
  LoadOptions load{options.root, options.manifest, allRuleIds(), options.reader};
  Manifest manifest = loadManifest(load, a.diagnostics);
  if (a.diagnostics.hasErrors()) return a;
  // A TU that fails to compile is an error (exit 2), but the other TUs still report findings.
  std::shared_ptr<const CodeModel> code = analyzeCode(options, manifest, a.diagnostics);
  a.graph = std::make_unique<Graph>(std::move(manifest), std::move(code));
  if (const Entity* policy = a.graph->find(Kind::Policy))
    if (auto failOn = policy->text("fail_on")) a.policyFailOn = parseLevel(*failOn);
  a.findings = runChecks(*a.graph);
  applySuppressions(*a.graph, a.findings, options.root);
  return a;
}

}  // namespace crmflow
