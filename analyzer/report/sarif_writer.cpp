#include <nlohmann/json.hpp>

#include <ostream>

#include "checks/registry.h"
#include "report/writers.h"

namespace crmflow {
namespace {

using nlohmann::ordered_json;

// One-element arrays are spelled ordered_json::array({...}): a bare {x} is a copy of x under some
// compilers' overload resolution, not an array.

/// RFC 3986 percent-encoding of a '/'-separated relative path.
std::string encodeUri(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') out += static_cast<char>(c);
    else out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

ordered_json physical(const Span& s) {
  ordered_json loc;
  loc["artifactLocation"] = {{"uri", encodeUri(s.file)}, {"uriBaseId", "%SRCROOT%"}};
  if (s.known()) {
    ordered_json region{{"startLine", s.line}, {"startColumn", s.column}};
    if (s.endLine >= s.line && s.endColumn > 0) {
      region["endLine"] = s.endLine;
      region["endColumn"] = s.endColumn;
    }
    loc["region"] = region;
  }
  return loc;
}

ordered_json location(const Span& s, const std::string& message = {}) {
  ordered_json loc{{"physicalLocation", physical(s)}};
  if (!message.empty()) loc["message"] = {{"text", message}};
  return loc;
}

ordered_json ruleDescriptor(const RuleInfo& rule, Lang lang) {
  return {{"id", rule.id},
          {"name", rule.name},
          {"shortDescription", {{"text", pick(rule.summary, lang)}}},
          {"fullDescription", {{"text", pick(rule.description, lang)}}},
          {"help", {{"text", helpText(rule, lang)}, {"markdown", helpMarkdown(rule, lang)}}},
          {"defaultConfiguration", {{"level", levelName(rule.level)}}},
          {"properties",
           {{"tags", {"privacy", "compliance", "kvkk", "gdpr", std::string(rule.id.substr(0, rule.id.find('/')))}},
            {"precision", "high"},
            {"problem.severity", rule.level == Level::Note ? "recommendation" : std::string(levelName(rule.level))}}}};
}

}  // namespace

void writeSarif(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  ordered_json rules = ordered_json::array();
  for (const auto& check : allChecks()) rules.push_back(ruleDescriptor(check->info(), o.lang));

  ordered_json results = ordered_json::array();
  for (const auto& f : a.findings) {
    std::size_t ruleIndex = 0;
    while (allRuleIds()[ruleIndex] != f.rule->id) ++ruleIndex;
    ordered_json r{{"ruleId", f.rule->id},
                   {"ruleIndex", ruleIndex},
                   {"level", levelName(f.level)},
                   {"message", {{"text", renderMessage(f, o.lang, regimes)}}},
                   {"locations", ordered_json::array({location(f.location)})}};
    if (!f.related.empty()) {
      ordered_json related = ordered_json::array();
      int id = 1;
      for (const auto& rel : f.related) {
        ordered_json loc = location(rel.span, entityLabel(rel.kind, rel.id, o.lang));
        loc = ordered_json{{"id", id++}, {"physicalLocation", loc["physicalLocation"]}, {"message", loc["message"]}};
        related.push_back(loc);
      }
      r["relatedLocations"] = related;
    }
    if (!f.path.empty()) {
      ordered_json steps = ordered_json::array();
      for (const auto& step : f.path) steps.push_back({{"location", location(step.span, stepMessage(step, o.lang))}});
      ordered_json threadFlow{{"locations", steps}};
      ordered_json codeFlow{{"threadFlows", ordered_json::array({threadFlow})}};
      r["codeFlows"] = ordered_json::array({codeFlow});
    }
    r["partialFingerprints"] = {{"crmflowFindingHash/v1", fingerprint(f)}};
    results.push_back(r);
  }

  ordered_json notifications = ordered_json::array();
  for (const auto& d : a.diagnostics.items()) {
    ordered_json n{{"level", levelName(d.level)}, {"message", {{"text", d.message}}}};
    if (!d.where.file.empty()) n["locations"] = ordered_json::array({location(d.where)});
    notifications.push_back(n);
  }
  ordered_json invocation{{"executionSuccessful", a.complete()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;

  ordered_json run{{"tool", {{"driver", {{"name", "crmflow"},
                                         {"semanticVersion", kToolVersion},
                                         {"informationUri", kInformationUri},
                                         {"rules", rules}}}}},
                   {"automationDetails", {{"id", "crmflow/"}}},
                   {"invocations", ordered_json::array({invocation})},
                   {"columnKind", "unicodeCodePoints"},
                   {"results", results}};
  ordered_json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", ordered_json::array({run})}};
  out << log.dump(2) << "\n";
}

}  // namespace crmflow
