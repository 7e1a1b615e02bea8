#include <catch2/catch.hpp>

#include "checks/registry.h"
#include "manifest/loader.h"
#include "manifest/schema.h"

#include <fstream>
#include <sstream>
#include "test_support.h"

using namespace crmflow;
using crmflow::test::TempRoot;

namespace {

std::vector<std::string> errorTexts(const Analysis& a) {
  std::vector<std::string> out;
  for (const auto& d : a.diagnostics.items())
    if (d.level == Level::Error)
      out.push_back(d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message);
  return out;
}

bool anyContains(const std::vector<std::string>& lines, const std::string& needle) {
  for (const auto& l : lines)
    if (l.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("keys, values and array elements keep their source regions") {
  TempRoot root;
  root.write("crmflow.toml",
             "version = 1\n"
             "[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"\n"
             "[data.email]\ncategory = \"contact\"\npurposes = [\"sales\"]\n");
  Analysis a = root.analyze();
  REQUIRE(a.complete());
  const Entity* email = a.graph->find(Kind::Data, "email");
  REQUIRE(email);
  CHECK(email->header.line == 5);
  CHECK(email->header.column == 1);
  const Field* purposes = email->get("purposes");
  REQUIRE(purposes);
  CHECK(purposes->keySpan.line == 7);
  CHECK(purposes->keySpan.column == 1);
  REQUIRE(purposes->items.size() == 1);
  CHECK(purposes->items[0].span.line == 7);
  CHECK(purposes->items[0].span.column == 13);
  CHECK(purposes->items[0].span.endColumn == 20);  // exclusive end, as SARIF wants
}

TEST_CASE("every error of a file is reported, each at file:line:col") {
  TempRoot root;
  root.write("crmflow.toml",
             "version = 1\n"
             "[purpose.sales]\nkind = \"servce\"\nlegal_bases = \"contract\"\n"
             "[data.email]\ncategory = 3\npurposes = [\"sale\"]\n");
  auto errors = errorTexts(root.analyze());
  CHECK(anyContains(errors, "crmflow.toml:3:8: 'kind' in [purpose.sales]: 'servce' is not valid (did you mean 'service'?)"));
  CHECK(anyContains(errors, "crmflow.toml:4:1: unknown key 'legal_bases' in [purpose.sales] (did you mean 'legal_basis'?)"));
  CHECK(anyContains(errors, "crmflow.toml:6:12: 'category' in [data.email] must be a string, found an integer"));
  CHECK(anyContains(errors, "crmflow.toml:7:13: data.email.purposes: unknown purpose 'sale' (did you mean 'sales'?)"));
  CHECK(errors.size() == 4);
}

TEST_CASE("an id defined in two files names both places") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\ninclude = [\"flows/*.toml\"]\n[purpose.sales]\nkind = \"service\"\n");
  root.write("flows/a.toml", "\n[purpose.sales]\nkind = \"support\"\n");
  auto a = root.analyze();
  auto errors = errorTexts(a);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "flows/a.toml:2:1: 'purpose.sales' is defined twice; first definition at crmflow.toml:3:1");
  REQUIRE(a.diagnostics.items()[0].related.size() == 1);
  CHECK(a.diagnostics.items()[0].related[0].first.file == "crmflow.toml");
}

TEST_CASE("includes are globbed relative to the including file, once each, sorted") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\ninclude = [\"flows/*.toml\", \"flows/b.toml\"]\n");
  root.write("flows/b.toml", "include = [\"nested/**/*.toml\"]\n[purpose.b]\nkind = \"service\"\n");
  root.write("flows/a.toml", "[purpose.a]\nkind = \"service\"\n");
  root.write("flows/nested/deep/c.toml", "[purpose.c]\nkind = \"service\"\n");
  auto a = root.analyze();
  REQUIRE(a.complete());
  CHECK(a.graph->manifest().files == std::vector<std::string>{"crmflow.toml", "flows/a.toml", "flows/b.toml", "flows/nested/deep/c.toml"});
  CHECK(a.graph->all(Kind::Purpose).size() == 3);
}

TEST_CASE("includes may not leave the analyzed root") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\ninclude = [\"../x.toml\", \"/etc/*.toml\"]\n");
  auto errors = errorTexts(root.analyze());
  CHECK(anyContains(errors, "crmflow.toml:2:12: include '../x.toml' leaves the analyzed root"));
  CHECK(anyContains(errors, "crmflow.toml:2:25: include '/etc/*.toml' is an absolute path"));
}

TEST_CASE("a glob matching nothing is a note, an include cycle an error") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\ninclude = [\"none/*.toml\", \"b.toml\"]\n");
  root.write("b.toml", "include = [\"crmflow.toml\"]\n");
  auto a = root.analyze();
  auto errors = errorTexts(a);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "b.toml:1:12: include cycle: crmflow.toml -> b.toml -> crmflow.toml");
  bool note = false;
  for (const auto& d : a.diagnostics.items()) note = note || (d.level == Level::Note && d.message.find("matches no file") != std::string::npos);
  CHECK(note);
}

TEST_CASE("sub_processors cycles are reported once and never looped on") {
  TempRoot root;
  root.write("crmflow.toml",
             "version = 1\n[processor.a]\nregion = \"TR\"\nsub_processors = [\"b\"]\n"
             "[processor.b]\nregion = \"TR\"\nsub_processors = [\"a\"]\n");
  auto errors = errorTexts(root.analyze());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "crmflow.toml:7:19: sub_processors cycle: a -> b -> a");
}

TEST_CASE("missing version, bad ids, x_ keys, wrong country codes") {
  TempRoot root;
  root.write("crmflow.toml",
             "x_team = \"crm\"\n[processor.Bad]\nregion = \"US\"\n[processor.ok]\nregion = \"uk\"\nx_note = 1\n");
  auto errors = errorTexts(root.analyze());
  CHECK(anyContains(errors, "crmflow.toml:1:1: missing required key 'version'"));
  CHECK(anyContains(errors, "crmflow.toml:2:12: invalid id 'Bad'"));
  CHECK(anyContains(errors, "crmflow.toml:5:10: 'region' in [processor.ok]: 'uk' is not an ISO 3166-1 alpha-2 country code (did you mean 'GB'?)"));
  CHECK(anyContains(errors, "'uk' is not an ISO 3166-1 alpha-2 country code"));
  CHECK(errors.size() == 3);
}

TEST_CASE("policy rule ids are checked against the registry") {
  TempRoot root;
  root.write("crmflow.toml",
             "version = 1\n[policy]\ndisable = [\"purpose/crep\"]\n[policy.severity]\n\"basis/missing\" = \"fatal\"\n");
  auto errors = errorTexts(root.analyze());
  CHECK(anyContains(errors, "crmflow.toml:3:12: 'disable' in [policy]: unknown rule id 'purpose/crep' (did you mean 'purpose/creep'?)"));
  CHECK(anyContains(errors, "crmflow.toml:5:19: 'severity' in [policy]: the level of 'basis/missing' must be"));
}

TEST_CASE("unreadable inputs fail closed") {
  TempRoot root;
  SECTION("no manifest") { CHECK(anyContains(errorTexts(root.analyze()), "manifest not found")); }
  SECTION("not UTF-8") {
    root.write("crmflow.toml", "version = 1\n# caf\xe9\n");
    CHECK(anyContains(errorTexts(root.analyze()), "crmflow.toml:2:6: file is not valid UTF-8"));
  }
  SECTION("syntax") {
    root.write("crmflow.toml", "version = 1\n[data\n");
    CHECK(anyContains(errorTexts(root.analyze()), "crmflow.toml:2:"));
  }
  SECTION("directory") {
    std::filesystem::create_directories(root.path() / "crmflow.toml");
    CHECK(anyContains(errorTexts(root.analyze()), "is a directory"));
  }
}

TEST_CASE("schemas/crmflow.schema.json is what `crmflow schema` generates from the key table") {
  std::ostringstream generated;
  writeManifestSchema(generated);
  std::ifstream in(std::string(CRMFLOW_FIXTURES) + "/../schemas/crmflow.schema.json", std::ios::binary);
  std::ostringstream checkedIn;
  checkedIn << in.rdbuf();
  INFO("regenerate with: build/default/analyzer/crmflow schema > schemas/crmflow.schema.json");
  CHECK(generated.str() == checkedIn.str());
  CHECK(schemaDocumentsEveryKey());
}
