#include <catch2/catch.hpp>

#include <sstream>

#include "checks/registry.h"
#include "cli/cli.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::cli;
using crmflow::test::Run;
using crmflow::test::TempRoot;

namespace {


const char* kClean =
    "version = 1\n[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"\n";
const char* kWarning =
    "version = 1\n[purpose.sales]\nkind = \"service\"\nlegal_basis = \"legitimate_interest\"\n";

}  // namespace

TEST_CASE("exit status: 0 clean, 1 at or above --fail-on, 2 incomplete") {
  TempRoot root;
  root.write("crmflow.toml", kClean);
  CHECK(cli({"check", root.path().string()}).status == 0);
  root.write("crmflow.toml", kWarning);
  CHECK(cli({"check", root.path().string()}).status == 0);
  CHECK(cli({"check", root.path().string(), "--fail-on", "warning"}).status == 1);
  CHECK(cli({"check", root.path().string(), "--fail-on=note"}).status == 1);
  root.write("crmflow.toml", std::string(kWarning) + "[policy]\nfail_on = \"warning\"\n");
  CHECK(cli({"check", root.path().string()}).status == 1);
  CHECK(cli({"check", root.path().string(), "--fail-on", "none"}).status == 0);
  root.write("crmflow.toml", "version = 2\n");
  Run bad = cli({"check", root.path().string(), "--fail-on", "none"});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("crmflow.toml:1:11: error: unsupported manifest version 2") != std::string::npos);
}

TEST_CASE("[policy] disable and severity change what is reported") {
  TempRoot root;
  root.write("crmflow.toml", std::string(kWarning) + "[policy]\ndisable = [\"basis/legitimate-interest-unbalanced\"]\n");
  CHECK(cli({"check", root.path().string()}).out.find("legitimate-interest") == std::string::npos);
  root.write("crmflow.toml", std::string(kWarning) + "[policy.severity]\n\"basis/legitimate-interest-unbalanced\" = \"error\"\n");
  Run r = cli({"check", root.path().string()});
  CHECK(r.status == 1);
  CHECK(r.out.find(": error: Purpose 'sales' relies on legitimate interest") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a hint") {
  Run r = cli({"check", "--formt", "sarif"});
  CHECK(r.status == 2);
  CHECK(r.err.find("unknown option '--formt' (did you mean '--format'?)") != std::string::npos);
  CHECK(cli({"check", "--format", "xml"}).status == 2);
  CHECK(cli({"check", "--lang", "de"}).status == 2);
  CHECK(cli({"chekc"}).status == 2);
  CHECK(cli({}).status == 2);
}

TEST_CASE("an output path that cannot be written fails closed without partial files") {
  TempRoot root;
  root.write("crmflow.toml", kClean);
  Run r = cli({"check", root.path().string(), "--output", (root.path() / "missing-dir/report.sarif").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("cannot write") != std::string::npos);
  Run ok = cli({"check", root.path().string(), "--format", "sarif", "--output", (root.path() / "report.sarif").string()});
  CHECK(ok.status == 0);
  CHECK(std::filesystem::file_size(root.path() / "report.sarif") > 100);
  for (auto& e : std::filesystem::directory_iterator(root.path())) CHECK(e.path().string().find("crmflow-tmp") == std::string::npos);
}

TEST_CASE("rules, --version and --help") {
  Run rules = cli({"rules"});
  CHECK(rules.status == 0);
  for (auto id : allRuleIds()) CHECK(rules.out.find(std::string(id) + " ") != std::string::npos);
  CHECK(cli({"rules", "--lang", "tr"}).out.find("Bir amaç için hukuki sebep tanımlanmamış.") != std::string::npos);
  CHECK(cli({"--version"}).out.find("crmflow 0.1.0 (") == 0);
  CHECK(cli({"--help"}).out.find("crmflow check [PATH]") != std::string::npos);
}

TEST_CASE("explain prints each rule's help, the same text as the SARIF rule help") {
  TempRoot root;
  root.write("crmflow.toml", kClean);
  Run sarif = cli({"check", root.path().string(), "--format", "sarif", "--lang", "tr"});
  for (auto id : allRuleIds()) {
    Run en = cli({"explain", std::string(id)});
    CHECK(en.status == 0);
    CHECK(en.out.find("# " + std::string(id) + "\n") == 0);
    for (auto part : {"**Legal references:**", "**Non-compliant:**", "**Compliant:**", "**How to fix:**", "**How to suppress:**"})
      CHECK(en.out.find(part) != std::string::npos);
    Run tr = cli({"explain", std::string(id), "--lang", "tr"});
    CHECK(tr.out.find("**Uyumsuz örnek:**") != std::string::npos);
    // The SARIF writer escapes newlines; compare the first paragraph, which has none.
    std::string summary = tr.out.substr(tr.out.find("\n\n") + 2);
    summary = summary.substr(0, summary.find('\n'));
    CHECK(sarif.out.find(summary) != std::string::npos);
  }
  CHECK(cli({"explain", "purpose/crep"}).err.find("did you mean 'purpose/creep'") != std::string::npos);
  CHECK(cli({"explain"}).status == 2);
}
