#include "manifest/keys.h"

#include <algorithm>
#include <array>

#include "manifest/vocabulary.h"

namespace crmflow {
namespace {

using V = ValueType;
constexpr bool kRequired = true;

const KeySpec controllerKeys[] = {
    {"name", V::String},
    {"country", V::Country},
    {"domestic", V::CountryList},
    {"regimes", V::EnumList, false, Kind::Data, vocab::regimes},
    {"ai_policy", V::String},
};
const KeySpec dataKeys[] = {
    {"category", V::Enum, kRequired, Kind::Data, vocab::dataCategories},
    {"purposes", V::RefList, kRequired, Kind::Purpose},
    {"retention", V::Duration},
    {"fields", V::QualifiedNames},
    {"description", V::String},
};
const KeySpec purposeKeys[] = {
    {"kind", V::Enum, kRequired, Kind::Data, vocab::purposeKinds},
    {"legal_basis", V::Enum, false, Kind::Data, vocab::legalBases},
    {"balancing_test", V::String},
    {"compatible_with", V::RefList, false, Kind::Purpose},
    {"description", V::String},
};
const KeySpec consentKeys[] = {
    {"purposes", V::RefList, false, Kind::Purpose},
    {"data", V::RefList, false, Kind::Data},
    {"scope", V::Enum, false, Kind::Data, vocab::consentScopes},
    {"informed", V::Bool},
    {"withdrawable", V::Bool},
    {"pre_ticked", V::Bool},
    {"condition_of_service", V::Bool},
    {"bundled_with_notice", V::Bool},
    {"check", V::QualifiedNames},
    {"description", V::String},
};
const KeySpec aiKeys[] = {
    {"kind", V::Enum, kRequired, Kind::Data, vocab::aiKinds},
    {"purpose", V::Ref, kRequired, Kind::Purpose},
    {"inputs", V::RefList, kRequired, Kind::Data},
    {"outputs", V::RefList, false, Kind::Data},
    {"processor", V::Ref, false, Kind::Processor},
    {"logged", V::Bool},
    {"dpia", V::String},
    {"profiling", V::Bool},
    {"symbols", V::QualifiedNames},
    {"description", V::String},
};
const KeySpec processorKeys[] = {
    {"vendor", V::String},
    {"region", V::Country, kRequired},
    {"role", V::Enum, false, Kind::Data, vocab::processorRoles},
    {"sub_processors", V::RefList, false, Kind::Processor},
    {"transfer", V::Enum, false, Kind::Data, vocab::transfers},
    {"transfer_notified", V::Bool},
    {"recurring", V::Bool},
    {"dpa", V::String},
    {"retention", V::Duration},
    {"endpoints", V::HostPatterns},
    {"symbols", V::QualifiedNames},
    {"description", V::String},
};
const KeySpec actionKeys[] = {
    {"effect", V::Enum, kRequired, Kind::Data, vocab::actionEffects},
    {"trigger", V::RefList, kRequired, Kind::Ai},
    {"adverse", V::Bool},
    {"human_review", V::Enum, false, Kind::Data, vocab::humanReviews},
    {"objection", V::String},
    {"logged", V::Bool},
    {"symbols", V::QualifiedNames},
    {"approval", V::QualifiedNames},
    {"description", V::String},
};
const KeySpec noticeKeys[] = {
    {"purposes", V::RefList, false, Kind::Purpose},
    {"profiling", V::Bool},
    {"transfers", V::Bool},
    {"objection", V::Bool},
    {"ref", V::String},
};
const KeySpec codeKeys[] = {
    {"compile_commands", V::Path},
    {"sources", V::Globs},
    {"exclude", V::Globs},
};
const KeySpec policyKeys[] = {
    {"fail_on", V::Enum, false, Kind::Data, vocab::failOnLevels},
    {"disable", V::RuleIds},
    {"severity", V::SeverityMap},
    {"adequate", V::CountryList},
};

// ISO 3166-1 alpha-2, plus "EU" for vendors that only name an EU region (documented extension).
constexpr std::array<std::string_view, 250> kCountries{
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "EU", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE",
    "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE",
    "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB",
    "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH",
    "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
    "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF",
    "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU",
    "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR",
    "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN",
    "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG",
    "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"};

}  // namespace

const std::vector<TableSpec>& tableSpecs() {
  static const std::vector<TableSpec> specs{
      {Kind::Controller, false, controllerKeys}, {Kind::Data, true, dataKeys},
      {Kind::Purpose, true, purposeKeys},        {Kind::Consent, true, consentKeys},
      {Kind::Ai, true, aiKeys},                  {Kind::Processor, true, processorKeys},
      {Kind::Action, true, actionKeys},          {Kind::Notice, true, noticeKeys},
      {Kind::Code, false, codeKeys},             {Kind::Policy, false, policyKeys},
  };
  return specs;
}

const TableSpec& tableSpec(Kind kind) {
  for (const auto& t : tableSpecs())
    if (t.kind == kind) return t;
  return tableSpecs().front();
}

const KeySpec* findKey(const TableSpec& table, std::string_view key) {
  for (const auto& k : table.keys)
    if (k.name == key) return &k;
  return nullptr;
}

std::span<const std::string_view> countryCodes() { return kCountries; }

bool isCountryCode(std::string_view code) {
  return std::binary_search(kCountries.begin(), kCountries.end(), code);
}

}  // namespace crmflow
