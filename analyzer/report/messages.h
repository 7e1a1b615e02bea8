#pragma once
/// Renders findings, paths and rule help in English or Turkish from the rules' templates.
#include <string>

#include "report/finding.h"

namespace crmflow {

enum class Lang { En, Tr };

struct Regimes {
  bool kvkk = true, gdpr = false;
};
Regimes regimesOf(const Graph* graph);

/// The finding's message; with `withReferences`, the legal references are appended in parentheses.
std::string renderMessage(const Finding& f, Lang lang, Regimes regimes, bool withReferences = true);
/// "data 'x' → AI function 'y' → processor 'z' (US)", or "" without a path.
std::string pathSummary(const Path& path, Lang lang);
std::string legalReferences(const RuleInfo& rule, Lang lang, Regimes regimes);
std::string entityLabel(Kind kind, std::string_view id, Lang lang);
std::string stepMessage(const PathStep& step, Lang lang);
std::string_view pick(const Text& text, Lang lang);
/// The rule's help: what it protects, legal references, fix, compliant example, how to suppress.
std::string helpMarkdown(const RuleInfo& rule, Lang lang);
std::string helpText(const RuleInfo& rule, Lang lang);
/// Stable identity of a finding: rule, message kind and entity ids; never lines or columns.
std::string fingerprint(const Finding& f);

}  // namespace crmflow
