#pragma once
/// The manifest's key table: every table, key, type and enum of spec/manifest.md, in one place
/// that the loader validates against and the JSON Schema test compares with.
#include <span>
#include <string_view>
#include <vector>

#include "manifest/model.h"

namespace crmflow {

enum class ValueType {
  String,          ///< free text or a reference to a document
  Bool,
  Enum,            ///< one of KeySpec::values
  EnumList,
  Ref,             ///< an id of KeySpec::refKind
  RefList,
  Country,         ///< ISO 3166-1 alpha-2
  CountryList,
  Duration,        ///< ISO 8601 "P2Y", or "indefinite"
  QualifiedNames,  ///< C++ names, `Class::*` allowed
  Globs,
  Path,
  HostPatterns,
  RuleIds,
  SeverityMap,     ///< table rule id -> level
};

struct KeySpec {
  std::string_view name;
  ValueType type;
  bool required = false;
  Kind refKind = Kind::Data;
  std::span<const std::string_view> values = {};
};

struct TableSpec {
  Kind kind;
  bool keyedById;  ///< [data.<id>] vs the singleton [controller]
  std::span<const KeySpec> keys;
};

const std::vector<TableSpec>& tableSpecs();
const TableSpec& tableSpec(Kind kind);
const KeySpec* findKey(const TableSpec& table, std::string_view key);
bool isCountryCode(std::string_view code);
std::span<const std::string_view> countryCodes();

}  // namespace crmflow
