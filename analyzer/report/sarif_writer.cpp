#include <ostream>

#include "checks/registry.h"
#include "report/baseline.h"
#include "report/json_stream.h"
#include "report/writers.h"

namespace crmflow {
namespace {

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

void physicalLocation(JsonStream& j, const Span& s) {
  j.key("physicalLocation").beginObject();
  j.key("artifactLocation").beginObject().field("uri", encodeUri(s.file)).field("uriBaseId", "%SRCROOT%").endObject();
  if (s.known()) {
    j.key("region").beginObject().field("startLine", s.line).field("startColumn", s.column);
    if (s.endLine >= s.line && s.endColumn > 0) j.field("endLine", s.endLine).field("endColumn", s.endColumn);
    j.endObject();
  }
  j.endObject();
}

void message(JsonStream& j, std::string_view text) { j.key("message").beginObject().field("text", text).endObject(); }

void location(JsonStream& j, const Span& s, std::string_view text = {}, int id = 0) {
  j.beginObject();
  if (id) j.field("id", id);
  physicalLocation(j, s);
  if (!text.empty()) message(j, text);
  j.endObject();
}

void ruleDescriptor(JsonStream& j, const RuleInfo& rule, Lang lang) {
  j.beginObject().field("id", rule.id).field("name", rule.name);
  j.key("shortDescription").beginObject().field("text", pick(rule.summary, lang)).endObject();
  j.key("fullDescription").beginObject().field("text", pick(rule.description, lang)).endObject();
  j.key("help").beginObject().field("text", helpText(rule, lang)).field("markdown", helpMarkdown(rule, lang)).endObject();
  j.key("defaultConfiguration").beginObject().field("level", levelName(rule.level)).endObject();
  j.key("properties").beginObject();
  j.key("tags").beginArray().value("privacy").value("compliance").value("kvkk").value("gdpr")
      .value(rule.id.substr(0, rule.id.find('/'))).endArray();
  j.field("precision", "high")
      .field("problem.severity", rule.level == Level::Note ? std::string_view("recommendation") : levelName(rule.level));
  j.endObject().endObject();
}

}  // namespace

void writeSarif(std::ostream& out, const Analysis& a, const ReportOptions& o) {
  Regimes regimes = regimesOf(a.graph.get());
  JsonStream j(out);
  j.beginObject().field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").field("version", "2.1.0");
  j.key("runs").beginArray().beginObject();

  j.key("tool").beginObject().key("driver").beginObject();
  j.field("name", "crmflow").field("semanticVersion", kToolVersion).field("informationUri", kInformationUri);
  j.key("rules").beginArray();
  for (const auto& check : allChecks()) ruleDescriptor(j, check->info(), o.lang);
  j.endArray().endObject().endObject();

  j.key("automationDetails").beginObject().field("id", "crmflow/").endObject();
  j.key("invocations").beginArray().beginObject().field("executionSuccessful", a.complete());
  if (!a.diagnostics.items().empty()) {
    j.key("toolExecutionNotifications").beginArray();
    for (const auto& d : a.diagnostics.items()) {
      j.beginObject().field("level", levelName(d.level));
      message(j, d.message);
      if (!d.where.file.empty()) {
        j.key("locations").beginArray();
        location(j, d.where);
        j.endArray();
      }
      j.endObject();
    }
    j.endArray();
  }
  j.endObject().endArray();
  j.field("columnKind", "unicodeCodePoints");

  j.key("results").beginArray();
  const auto& ids = allRuleIds();
  for (const auto& f : a.findings) {
    if (f.suppressed && o.excludeSuppressed) continue;
    auto ruleIndex = static_cast<uint64_t>(std::find(ids.begin(), ids.end(), f.rule->id) - ids.begin());
    j.beginObject().field("ruleId", f.rule->id).field("ruleIndex", ruleIndex).field("level", levelName(f.level));
    message(j, renderMessage(f, o.lang, regimes));
    j.key("locations").beginArray();
    location(j, f.location);
    j.endArray();
    if (!f.related.empty()) {
      j.key("relatedLocations").beginArray();
      int id = 1;
      for (const auto& rel : f.related) location(j, rel.span, entityLabel(rel.kind, rel.id, o.lang), id++);
      j.endArray();
    }
    if (!f.path.empty()) {
      j.key("codeFlows").beginArray().beginObject().key("threadFlows").beginArray().beginObject();
      j.key("locations").beginArray();
      for (const auto& step : f.path) {
        j.beginObject().key("location");
        location(j, step.span, stepMessage(step, o.lang));
        j.endObject();
      }
      j.endArray().endObject().endArray().endObject().endArray();
    }
    j.key("partialFingerprints").beginObject().field("crmflowFindingHash/v1", fingerprint(f)).endObject();
    // Every result carries `suppressions` ([] = not suppressed), as SARIF wants all or none.
    j.key("suppressions").beginArray();
    if (f.suppressed) j.beginObject().field("kind", "inSource").field("justification", *f.suppressed).endObject();
    j.endArray();
    if (a.baselined) j.field("baselineState", baselineStateName(f.baseline));
    j.endObject();
  }
  for (const auto& gone : a.absent) {
    j.beginObject().field("ruleId", gone.ruleId);
    auto known = std::find(ids.begin(), ids.end(), gone.ruleId);
    if (known != ids.end()) j.field("ruleIndex", static_cast<uint64_t>(known - ids.begin()));
    j.field("level", levelName(gone.level));
    message(j, gone.message.empty() ? std::string_view("(no message)") : std::string_view(gone.message));
    j.key("locations").beginArray();
    location(j, gone.location);
    j.endArray();
    j.key("partialFingerprints").beginObject().field("crmflowFindingHash/v1", gone.fingerprint).endObject();
    j.key("suppressions").beginArray().endArray();
    j.field("baselineState", "absent");
    j.endObject();
  }
  j.endArray();
  j.endObject().endArray().endObject();
}

}  // namespace crmflow
