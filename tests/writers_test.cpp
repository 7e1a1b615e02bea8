#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "checks/registry.h"
#include "report/writers.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::TempRoot;

namespace {

const char* kCreep =
    "version = 1\n"
    "[controller]\nname = \"Acme\"\nai_policy = \"p.md\"\n"
    "[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"\n"
    "[purpose.risk]\nkind = \"risk\"\nlegal_basis = \"legal_obligation\"\n"
    "[data.email]\ncategory = \"contact\"\npurposes = [\"sales\"]\nretention = \"P1Y\"\n"
    "[ai.fraud]\nkind = \"classify\"\npurpose = \"risk\"\ninputs = [\"email\"]\n"
    "[notice.n]\npurposes = [\"risk\", \"sales\"]\n";

std::string render(const Analysis& a, void (*writer)(std::ostream&, const Analysis&, const ReportOptions&), Lang lang = Lang::En) {
  std::ostringstream s;
  writer(s, a, ReportOptions{lang, "", Level::Error});
  return s.str();
}

}  // namespace

TEST_CASE("text output is compiler style with related notes and a summary") {
  TempRoot root;
  root.write("crmflow.toml", kCreep);
  std::string text = render(root.analyze(), writeText);
  CHECK(text.find("crmflow.toml:18:11: error: 'fraud' reads 'email', collected for 'sales', for purpose 'risk', which that data "
                  "was not collected for (KVKK Art. 4/2-c, 4/2-ç, 12/4). [purpose/creep]\n") != std::string::npos);
  CHECK(text.find("crmflow.toml:11:1: note: Personal data 'email' (contact) is declared here.\n") != std::string::npos);
  CHECK(text.find("crmflow: 1 error, 0 warnings, 0 notes\n") != std::string::npos);
  std::string tr = render(root.analyze(), writeText, Lang::Tr);
  CHECK(tr.find("'fraud', 'sales' amacıyla toplanan 'email' verisini, bu veri için beyan edilmemiş 'risk' amacıyla okuyor (KVKK m. 4/2-c, 4/2-ç, 12/4). [purpose/creep]") != std::string::npos);
}

TEST_CASE("SARIF carries rules, locations, related locations, code flows and fingerprints") {
  TempRoot root;
  root.write("crmflow.toml", kCreep);
  auto sarif = nlohmann::json::parse(render(root.analyze(), writeSarif));
  CHECK(sarif["version"] == "2.1.0");
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["rules"].size() == allRuleIds().size());
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
  REQUIRE(run["results"].size() == 1);
  const auto& r = run["results"][0];
  CHECK(r["ruleId"] == "purpose/creep");
  CHECK(run["tool"]["driver"]["rules"][r["ruleIndex"].get<int>()]["id"] == "purpose/creep");
  const auto& loc = r["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "crmflow.toml");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(loc["region"]["startLine"] == 18);
  CHECK(loc["region"]["startColumn"] == 11);
  CHECK(loc["region"]["endColumn"] == 18);
  CHECK(r["relatedLocations"].size() == 2);
  CHECK(r["codeFlows"][0]["threadFlows"][0]["locations"].size() == 2);
  CHECK(r["partialFingerprints"].contains("crmflowFindingHash/v1"));
  CHECK_FALSE(r["partialFingerprints"].contains("primaryLocationLineHash"));
  CHECK(r["suppressions"] == nlohmann::json::array());
}

TEST_CASE("fingerprints survive moved lines and reformatting, and follow the entities") {
  auto fingerprintOf = [](const std::string& manifest) {
    TempRoot root;
    root.write("crmflow.toml", manifest);
    auto sarif = nlohmann::json::parse(render(root.analyze(), writeSarif));
    return sarif["runs"][0]["results"][0]["partialFingerprints"]["crmflowFindingHash/v1"].get<std::string>();
  };
  std::string base = kCreep;
  std::string moved = "version = 1\n\n\n# a comment\n" + base.substr(std::string("version = 1\n").size());
  std::string renamed = base;
  renamed.replace(renamed.find("[ai.fraud]"), 10, "[ai.fraud2]");
  CHECK(fingerprintOf(base) == fingerprintOf(moved));
  CHECK(fingerprintOf(base) != fingerprintOf(renamed));
}

TEST_CASE("the same input gives byte-identical output") {
  TempRoot one, two;
  one.write("crmflow.toml", kCreep);
  two.write("crmflow.toml", kCreep);
  for (auto writer : {writeSarif, writeJson, writeText}) CHECK(render(one.analyze(), writer) == render(two.analyze(), writer));
}

TEST_CASE("load errors become SARIF notifications and executionSuccessful false") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\n[data.x]\ncategory = \"nope\"\npurposes = []\n");
  auto sarif = nlohmann::json::parse(render(root.analyze(), writeSarif));
  const auto& inv = sarif["runs"][0]["invocations"][0];
  CHECK(inv["executionSuccessful"] == false);
  REQUIRE(inv["toolExecutionNotifications"].size() == 1);
  CHECK(inv["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
}

TEST_CASE("JSON output holds the graph and the findings") {
  TempRoot root;
  root.write("crmflow.toml", kCreep);
  auto doc = nlohmann::json::parse(render(root.analyze(), writeJson));
  CHECK(doc["complete"] == true);
  CHECK(doc["nodes"].size() == 6);
  bool reads = false;
  for (const auto& e : doc["edges"]) reads = reads || (e["kind"] == "reads" && e["from"]["id"] == "email" && e["to"]["id"] == "fraud");
  CHECK(reads);
  CHECK(doc["findings"][0]["ruleId"] == "purpose/creep");
}

TEST_CASE("suppressed findings stay in SARIF with their justification, unless excluded") {
  TempRoot root;
  std::string manifest = kCreep;
  manifest.replace(manifest.find("inputs = [\"email\"]"), std::string("inputs = [\"email\"]").size(), "inputs = [\"email\"]  # crmflow: ignore[purpose/creep] fraud law allows it, see legal memo 12");
  root.write("crmflow.toml", manifest);
  Analysis a = root.analyze();
  std::ostringstream kept, excluded, text;
  writeSarif(kept, a, ReportOptions{});
  ReportOptions exclude;
  exclude.excludeSuppressed = true;
  writeSarif(excluded, a, exclude);
  writeText(text, a, ReportOptions{});
  auto sarif = nlohmann::json::parse(kept.str());
  REQUIRE(sarif["runs"][0]["results"].size() == 1);
  const auto& s = sarif["runs"][0]["results"][0]["suppressions"][0];
  CHECK(s["kind"] == "inSource");
  CHECK(s["justification"] == "fraud law allows it, see legal memo 12");
  CHECK(nlohmann::json::parse(excluded.str())["runs"][0]["results"].empty());
  CHECK(text.str() == "crmflow: 0 errors, 0 warnings, 0 notes, 1 suppressed\n");
}
