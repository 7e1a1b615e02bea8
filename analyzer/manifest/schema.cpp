#include "manifest/schema.h"

#include <map>
#include <ostream>
#include <string>

#include "checks/registry.h"
#include "manifest/keys.h"
#include "report/json_stream.h"

namespace crmflow {
namespace {

constexpr const char* kIdPattern = "^(?!x_)[a-z][a-z0-9_]*$";
constexpr const char* kDurationPattern = "^(indefinite|P(?=[0-9])([0-9]{1,6}Y)?([0-9]{1,6}M)?([0-9]{1,6}W)?([0-9]{1,6}D)?)$";
constexpr const char* kQualifiedNamePattern =
    "^(::)?(~?[A-Za-z_][A-Za-z0-9_]*::)*(~?[A-Za-z_][A-Za-z0-9_]*|\\*|operator.+)$";
constexpr const char* kHostPattern = "^[A-Za-z0-9.*:-]+$";

/// Editor hover text, from spec/manifest.md.
const std::map<std::pair<Kind, std::string_view>, std::string_view>& docs() {
  static const std::map<std::pair<Kind, std::string_view>, std::string_view> d{
      {{Kind::Controller, "name"}, "The data controller (veri sorumlusu)."},
      {{Kind::Controller, "country"}, "ISO 3166-1 alpha-2 country where the controller is established; default \"TR\"."},
      {{Kind::Controller, "domestic"}, "Further regions that are not a cross-border transfer."},
      {{Kind::Controller, "regimes"}, "Which laws apply and are cited; default [\"kvkk\"]."},
      {{Kind::Controller, "ai_policy"}, "Reference to the written CRM-AI usage policy."},
      {{Kind::Data, "category"}, "Kind of personal data; special.* are the special categories of KVKK Art. 6."},
      {{Kind::Data, "purposes"}, "Purpose ids the data was collected for."},
      {{Kind::Data, "retention"}, "How long it is kept: ISO 8601 duration (\"P2Y\") or \"indefinite\"."},
      {{Kind::Data, "fields"}, "C++ fields, getters or variables that hold it."},
      {{Kind::Data, "description"}, "Free text."},
      {{Kind::Purpose, "kind"}, "What sort of purpose."},
      {{Kind::Purpose, "legal_basis"}, "KVKK Art. 5/6 ground (GDPR Art. 6(1)); its absence is the finding basis/missing."},
      {{Kind::Purpose, "balancing_test"}, "The documented balancing test, expected with legitimate_interest."},
      {{Kind::Purpose, "compatible_with"}, "Purpose ids this one is a compatible further use of."},
      {{Kind::Purpose, "description"}, "Free text."},
      {{Kind::Consent, "purposes"}, "Purpose ids the consent was given for."},
      {{Kind::Consent, "data"}, "Data ids it covers; omitted = every category."},
      {{Kind::Consent, "scope"}, "\"specific\", or \"blanket\" (one consent for using the CRM)."},
      {{Kind::Consent, "informed"}, "A notice was shown when it was collected."},
      {{Kind::Consent, "withdrawable"}, "It can be withdrawn as easily as given."},
      {{Kind::Consent, "pre_ticked"}, "The box was ticked in advance."},
      {{Kind::Consent, "condition_of_service"}, "The service is refused without it."},
      {{Kind::Consent, "bundled_with_notice"}, "Asked inside the privacy notice or the contract."},
      {{Kind::Consent, "check"}, "C++ functions that check this consent at run time."},
      {{Kind::Consent, "description"}, "Free text."},
      {{Kind::Ai, "kind"}, "What it computes; all but classify, generate and train are profiling by default."},
      {{Kind::Ai, "purpose"}, "Purpose id its output is used for."},
      {{Kind::Ai, "inputs"}, "Data ids it reads."},
      {{Kind::Ai, "outputs"}, "Data ids it produces (category \"profile\")."},
      {{Kind::Ai, "processor"}, "Processor id where it runs; omitted = in-house."},
      {{Kind::Ai, "logged"}, "Each score or suggestion is logged with its inputs' ids."},
      {{Kind::Ai, "dpia"}, "Reference to its impact assessment."},
      {{Kind::Ai, "profiling"}, "Overrides the default derived from kind."},
      {{Kind::Ai, "symbols"}, "C++ functions that invoke it; Class::* for all methods."},
      {{Kind::Ai, "description"}, "Free text."},
      {{Kind::Processor, "vendor"}, "Vendor name."},
      {{Kind::Processor, "region"}, "ISO 3166-1 alpha-2 country where it processes or stores the data (\"EU\" accepted)."},
      {{Kind::Processor, "role"}, "processor, sub_processor or joint_controller; default processor."},
      {{Kind::Processor, "sub_processors"}, "Its chain of processor ids; a missing key means unknown, [] means none."},
      {{Kind::Processor, "transfer"}, "Safeguard for a cross-border transfer (KVKK Art. 9, GDPR Art. 45-49)."},
      {{Kind::Processor, "transfer_notified"}, "A standard contract was notified to the Authority within 5 business days."},
      {{Kind::Processor, "recurring"}, "Data goes there regularly; default true."},
      {{Kind::Processor, "dpa"}, "The data processing agreement's reference."},
      {{Kind::Processor, "retention"}, "How long the processor keeps the data (ISO 8601 duration or \"indefinite\")."},
      {{Kind::Processor, "endpoints"}, "Host patterns (\"api.openai.com\", \"*.salesforce.com\") of URLs in code that reach it."},
      {{Kind::Processor, "symbols"}, "C++ functions that send data to it."},
      {{Kind::Processor, "description"}, "Free text."},
      {{Kind::Action, "effect"}, "What the action does; block ... terminate are adverse by default."},
      {{Kind::Action, "trigger"}, "AI function ids whose output drives it."},
      {{Kind::Action, "adverse"}, "Overrides the default derived from effect."},
      {{Kind::Action, "human_review"}, "before = a person approves each action first; bulk, after or none are not enough for adverse actions."},
      {{Kind::Action, "objection"}, "How the data subject objects to the result (KVKK Art. 11/1-g)."},
      {{Kind::Action, "logged"}, "Suggestion, decision and action are logged as one chain."},
      {{Kind::Action, "symbols"}, "C++ functions that perform it."},
      {{Kind::Action, "approval"}, "C++ functions that record a person's approval."},
      {{Kind::Action, "description"}, "Free text."},
      {{Kind::Notice, "purposes"}, "Purpose ids it tells the data subject about."},
      {{Kind::Notice, "profiling"}, "It explains profiling and automated decisions."},
      {{Kind::Notice, "transfers"}, "It names cross-border transfers and recipients."},
      {{Kind::Notice, "objection"}, "It tells the data subject how to object to automated results."},
      {{Kind::Notice, "ref"}, "URL or path of the text."},
      {{Kind::Code, "compile_commands"}, "compile_commands.json or the folder holding it."},
      {{Kind::Code, "sources"}, "Globs of the translation units to analyze; default all."},
      {{Kind::Code, "exclude"}, "Globs of translation units to skip."},
      {{Kind::Policy, "fail_on"}, "Lowest level that makes the exit status 1; default error."},
      {{Kind::Policy, "disable"}, "Rule ids to turn off."},
      {{Kind::Policy, "severity"}, "Rule id -> level overrides."},
      {{Kind::Policy, "adequate"}, "Countries with an adequacy decision the controller relies on; default []."},
  };
  return d;
}

void stringArray(JsonStream& j, std::span<const std::string_view> values) {
  j.beginArray();
  for (auto v : values) j.value(v);
  j.endArray();
}

void valueSchema(JsonStream& j, const KeySpec& k) {
  auto list = [&](auto item) {
    j.field("type", "array").key("items").beginObject();
    item();
    j.endObject();
  };
  auto ref = [&](const char* def) { j.field("$ref", std::string("#/definitions/") + def); };
  auto pattern = [&](const char* p) { j.field("type", "string").field("pattern", p); };
  switch (k.type) {
    case ValueType::String: case ValueType::Path: j.field("type", "string"); break;
    case ValueType::Bool: j.field("type", "boolean"); break;
    case ValueType::Enum: j.key("enum"); stringArray(j, k.values); break;
    case ValueType::EnumList: list([&] { j.key("enum"); stringArray(j, k.values); }); break;
    case ValueType::Ref: ref("id"); break;
    case ValueType::RefList: list([&] { ref("id"); }); break;
    case ValueType::Country: ref("country"); break;
    case ValueType::CountryList: list([&] { ref("country"); }); break;
    case ValueType::Duration: pattern(kDurationPattern); break;
    case ValueType::QualifiedNames: list([&] { pattern(kQualifiedNamePattern); }); break;
    case ValueType::Globs: list([&] { pattern("^[^/]"); }); break;
    case ValueType::HostPatterns: list([&] { pattern(kHostPattern); }); break;
    case ValueType::RuleIds: list([&] { ref("ruleId"); }); break;
    case ValueType::SeverityMap:
      j.field("type", "object").key("propertyNames").beginObject();
      ref("ruleId");
      j.endObject().key("additionalProperties").beginObject().key("enum").beginArray().value("error").value("warning")
          .value("note").endArray().endObject();
      break;
  }
}

void tableSchema(JsonStream& j, const TableSpec& t) {
  j.field("type", "object").key("properties").beginObject();
  for (const auto& k : t.keys) {
    j.key(k.name).beginObject();
    auto doc = docs().find({t.kind, k.name});
    if (doc != docs().end()) j.field("description", doc->second);
    valueSchema(j, k);
    j.endObject();
  }
  j.endObject();
  j.key("patternProperties").beginObject().key("^x_").beginObject().endObject().endObject();
  j.field("additionalProperties", false);
  bool anyRequired = false;
  for (const auto& k : t.keys) anyRequired = anyRequired || k.required;
  if (anyRequired) {
    j.key("required").beginArray();
    for (const auto& k : t.keys)
      if (k.required) j.value(k.name);
    j.endArray();
  }
}

}  // namespace

bool schemaDocumentsEveryKey() {
  for (const auto& t : tableSpecs())
    for (const auto& k : t.keys)
      if (!docs().count({t.kind, k.name})) return false;
  return true;
}

void writeManifestSchema(std::ostream& out) {
  JsonStream j(out);
  j.beginObject().field("$schema", "http://json-schema.org/draft-07/schema#")
      .field("$id", "https://github.com/crmflow/crmflow/raw/main/schemas/crmflow.schema.json")
      .field("title", "crmflow manifest")
      .field("description", "crmflow.toml and its includes: personal data, purposes, consents, AI functions, processors, "
                            "actions and notices of an AI-powered CRM integration (generated by `crmflow schema`).")
      .field("type", "object");
  j.key("properties").beginObject();
  j.key("version").beginObject().field("description", "Manifest format version; required in the entry file.").field("const", 1).endObject();
  j.key("include").beginObject().field("description", "Globs of further manifest files, relative to this file.")
      .field("type", "array").key("items").beginObject().field("type", "string").field("minLength", 1).endObject().endObject();
  for (const auto& t : tableSpecs()) {
    j.key(kindTable(t.kind)).beginObject();
    if (t.keyedById) {
      j.field("type", "object").key("patternProperties").beginObject();
      j.key(kIdPattern).beginObject();
      tableSchema(j, t);
      j.endObject();
      j.key("^x_").beginObject().endObject();
      j.endObject().field("additionalProperties", false);
    } else {
      tableSchema(j, t);
    }
    j.endObject();
  }
  j.endObject();
  j.key("patternProperties").beginObject().key("^x_").beginObject().endObject().endObject();
  j.field("additionalProperties", false);
  j.key("definitions").beginObject();
  j.key("id").beginObject().field("type", "string").field("pattern", "^[a-z][a-z0-9_]*$").endObject();
  j.key("country").beginObject().field("description", "ISO 3166-1 alpha-2, or \"EU\".").key("enum");
  stringArray(j, countryCodes());
  j.endObject();
  j.key("ruleId").beginObject().key("enum");
  stringArray(j, allRuleIds());
  j.endObject();
  j.endObject().endObject();
}

}  // namespace crmflow
