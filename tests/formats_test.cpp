// The formats for each place crmflow is used: GitHub annotations, GitLab Code Quality, Markdown.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/writers.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::TempRoot;

namespace {

const char* kTransfer =
    "version = 1\n"
    "[controller]\nname = \"Acme\"\nai_policy = \"p.md\"\n"
    "[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"\n"
    "[data.email]\ncategory = \"contact\"\npurposes = [\"sales\"]\nretention = \"P1Y\"\n"
    "[ai.router]\nkind = \"classify\"\npurpose = \"sales\"\ninputs = [\"email\"]\nprocessor = \"vendor\"\n"
    "[processor.vendor]\nregion = \"US\"\nsub_processors = []\ndpa = \"d.pdf\"\n"
    "[notice.n]\npurposes = [\"sales\"]\ntransfers = true\n";

std::string render(void (*writer)(std::ostream&, const Analysis&, const ReportOptions&), const Analysis& a,
                   Lang lang = Lang::En, std::string prefix = "") {
  std::ostringstream s;
  ReportOptions o;
  o.lang = lang;
  o.pathPrefix = std::move(prefix);
  writer(s, a, o);
  return s.str();
}

}  // namespace

TEST_CASE("github: one workflow command per finding, escaped as GitHub requires") {
  TempRoot root;
  root.write("crmflow.toml", kTransfer);
  std::string out = render(writeGithub, root.analyze(), Lang::En, "svc,a:b/");
  CHECK(out ==
        "::error file=svc%2Ca%3Ab/crmflow.toml,line=18,col=1,endLine=18,endColumn=14,title=crmflow "
        "transfer/cross-border-unsafeguarded::Personal data ('email') reaches processor 'vendor' in US, outside the "
        "domestic regions, with no transfer safeguard declared (transfer) (KVKK Art. 9/1, 9/4).%0APath: data 'email' → "
        "AI function 'router' → processor 'vendor' (US)\n");
}

TEST_CASE("codeclimate: GitLab Code Quality issues") {
  TempRoot root;
  root.write("crmflow.toml", kTransfer);
  auto issues = nlohmann::json::parse(render(writeCodeClimate, root.analyze(), Lang::En, "app/"));
  REQUIRE(issues.is_array());
  REQUIRE(issues.size() == 1);
  const auto& i = issues[0];
  CHECK(i["type"] == "issue");
  CHECK(i["check_name"] == "transfer/cross-border-unsafeguarded");
  CHECK(i["severity"] == "major");
  CHECK(i["location"]["path"] == "app/crmflow.toml");
  CHECK(i["location"]["lines"]["begin"] == 18);
  CHECK(i["fingerprint"].get<std::string>().size() == 16);
  CHECK(i["description"].get<std::string>().find("reaches processor 'vendor'") != std::string::npos);
}

TEST_CASE("markdown: counts by rule, then findings with path and legal reference, in both languages") {
  TempRoot root;
  root.write("crmflow.toml", kTransfer);
  Analysis a = root.analyze();
  std::string en = render(writeMarkdown, a);
  CHECK(en.find("## crmflow: 1 errors, 0 warnings, 0 notes\n") == 0);
  CHECK(en.find("| `transfer/cross-border-unsafeguarded` | error | 1 |") != std::string::npos);
  CHECK(en.find("  - Path: data 'email' → AI function 'router' → processor 'vendor' (US)\n") != std::string::npos);
  CHECK(en.find("  - Legal reference: KVKK Art. 9/1, 9/4\n") != std::string::npos);
  std::string tr = render(writeMarkdown, a, Lang::Tr);
  CHECK(tr.find("## crmflow: 1 hata, 0 uyarı, 0 not\n") == 0);
  CHECK(tr.find("  - Yol: 'email' verisi → 'router' yapay zekâ işlevi → 'vendor' veri işleyeni (US)\n") != std::string::npos);
  CHECK(tr.find("  - Dayanak: KVKK m. 9/1, 9/4\n") != std::string::npos);
}

TEST_CASE("suppressed findings are left out of annotations, Code Quality and Markdown") {
  TempRoot root;
  std::string manifest = kTransfer;
  manifest.replace(manifest.find("region = \"US\""), 13, "region = \"US\"  # crmflow: ignore[transfer/cross-border-unsafeguarded] SCC signed 2026-11-30, filing pending");
  root.write("crmflow.toml", manifest);
  Analysis a = root.analyze();
  CHECK(render(writeGithub, a).empty());
  CHECK(nlohmann::json::parse(render(writeCodeClimate, a)).empty());
  CHECK(render(writeMarkdown, a).find("1 suppressed") != std::string::npos);
}
