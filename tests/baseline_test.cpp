// Baselines and fingerprints: states by fingerprint, absent results, --fail-on counting only new
// findings, and fingerprints that survive unrelated edits but follow the entities involved.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli/cli.h"
#include "report/messages.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::TempRoot;

namespace {

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The demo copied into a temporary root, so tests can edit it.
void copyDemo(const TempRoot& root) {
  std::filesystem::copy(std::string(CRMFLOW_FIXTURES) + "/demo", root.path(), std::filesystem::copy_options::recursive);
}

std::multiset<std::string> fingerprints(const Analysis& a) {
  std::multiset<std::string> out;
  for (const auto& f : a.findings) out.insert(std::string(f.rule->id) + " " + fingerprint(f));
  return out;
}

int cli(std::vector<std::string> args, std::string* out = nullptr) {
  std::ostringstream o, e;
  int status = runCli(args, o, e);
  if (out) *out = o.str() + e.str();
  return status;
}

}  // namespace

TEST_CASE("fingerprints are unique within the demo") {
  TempRoot root;
  copyDemo(root);
  auto prints = fingerprints(root.analyze());
  CHECK(prints.size() == 27);
  CHECK(std::set<std::string>(prints.begin(), prints.end()).size() == prints.size());
}

TEST_CASE("fingerprints survive inserted lines, reformatting and reordered tables") {
  TempRoot root;
  copyDemo(root);
  auto before = fingerprints(root.analyze());
  SECTION("lines inserted above every finding") {
    for (auto file : {"crmflow.toml", "flows/ai.toml", "flows/data.toml", "flows/vendors.toml"}) {
      std::string text = readFile(root.path() / file);
      root.write(file, "# reviewed 2026-12-01\n\n\n" + std::regex_replace(text, std::regex("\n\\["), "\n\n# --\n["));
    }
  }
  SECTION("reformatted: spacing, quotes, inline arrays split over lines") {
    std::string ai = readFile(root.path() / "flows/ai.toml");
    ai = std::regex_replace(ai, std::regex(" = "), "   =   ");
    ai = std::regex_replace(ai, std::regex("\\[\"purchase_history\", \"contact_email\"\\]"), "[\n  'purchase_history',\n  'contact_email',\n]");
    root.write("flows/ai.toml", ai);
  }
  SECTION("tables reordered and moved between files") {
    std::string vendors = readFile(root.path() / "flows/vendors.toml");
    auto split = vendors.find("[processor.openai]");
    root.write("flows/vendors.toml", vendors.substr(split) + "\n" + vendors.substr(0, split));
    std::string data = readFile(root.path() / "flows/data.toml");
    auto cut = data.find("[data.card_payments]");
    auto end = data.find("[data.churn_risk]");
    root.write("flows/data.toml", data.substr(0, cut) + data.substr(end));
    root.write("flows/more_data.toml", data.substr(cut, end - cut));
  }
  Analysis after = root.analyze();
  REQUIRE(after.complete());
  CHECK(fingerprints(after) == before);
}

TEST_CASE("fingerprints change when the data, purpose or AI function involved changes") {
  TempRoot root;
  copyDemo(root);
  auto before = fingerprints(root.analyze());
  auto creepPrints = [](const Analysis& a) {
    std::set<std::string> out;
    for (const auto& f : a.findings)
      if (f.rule->id == "purpose/creep") out.insert(fingerprint(f));
    return out;
  };
  auto original = creepPrints(root.analyze());
  std::string ai = readFile(root.path() / "flows/ai.toml");
  SECTION("AI function renamed") {
    ai = std::regex_replace(ai, std::regex("ai\\.churn_model"), "ai.churn_model_v2");
    ai = std::regex_replace(ai, std::regex("\"churn_model\""), "\"churn_model_v2\"");
  }
  SECTION("data renamed") {
    ai = std::regex_replace(ai, std::regex("\"contact_email\""), "\"email_address\"");
    std::string data = readFile(root.path() / "flows/data.toml");
    root.write("flows/data.toml", std::regex_replace(data, std::regex("data\\.contact_email"), "data.email_address"));
  }
  SECTION("purpose changed") { ai = std::regex_replace(ai, std::regex("purpose = \"churn_marketing\""), "purpose = \"personal_offers\""); }
  root.write("flows/ai.toml", ai);
  Analysis after = root.analyze();
  REQUIRE(after.complete());
  auto changed = creepPrints(after);
  std::vector<std::string> common;
  std::set_intersection(original.begin(), original.end(), changed.begin(), changed.end(), std::back_inserter(common));
  CHECK(common.size() < original.size());
}

TEST_CASE("a baseline marks findings new, unchanged, updated or absent, and only new ones fail") {
  TempRoot root;
  copyDemo(root);
  std::string dir = root.path().string(), base = (root.path() / "base.sarif").string();
  REQUIRE(cli({"baseline", dir, "--output", base}) == 0);
  CHECK(cli({"check", dir, "--baseline", base}) == 0);
  CHECK(cli({"check", dir, "--baseline", base, "--fail-on-baseline", "all"}) == 1);

  std::string ai = readFile(root.path() / "flows/ai.toml");
  ai = std::regex_replace(ai, std::regex("human_review = \"none\""), "human_review = \"after\"");          // updated
  ai = std::regex_replace(ai, std::regex("human_review = \"bulk\""), "human_review = \"before\"");        // absent
  ai = std::regex_replace(ai, std::regex("effect = \"offer\""), "effect = \"deprioritize\"");             // new
  root.write("flows/ai.toml", ai);
  std::string sarifText;
  CHECK(cli({"check", dir, "--baseline", base, "--format", "sarif"}, &sarifText) == 1);
  auto sarif = nlohmann::json::parse(sarifText.substr(0, sarifText.rfind('}') + 1));
  std::map<std::string, int> states;
  for (const auto& r : sarif["runs"][0]["results"]) ++states[r["baselineState"].get<std::string>()];
  CHECK(states["updated"] == 1);
  CHECK(states["absent"] == 1);
  CHECK(states["new"] == 3);  // automated-adverse and objection for send_offer, and a DPIA note
  CHECK(states["unchanged"] == 25);
}

TEST_CASE("an unusable baseline fails closed") {
  TempRoot root;
  copyDemo(root);
  root.write("bad.sarif", "{ not json");
  std::string out;
  CHECK(cli({"check", root.path().string(), "--baseline", (root.path() / "bad.sarif").string()}, &out) == 2);
  CHECK(out.find("is not a SARIF log") != std::string::npos);
  CHECK(cli({"check", root.path().string(), "--baseline", (root.path() / "missing.sarif").string()}) == 2);
}
