// The C++ frontend from the command line: byte-identical output for every -j, fail-closed
// behaviour for broken or missing inputs, annotations header usable without clang.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::cli;
using crmflow::test::Run;
using crmflow::test::TempRoot;

namespace {

std::string scenario(const std::string& name) { return std::string(CRMFLOW_FIXTURES) + "/code/" + name; }

std::string makeDb(const std::string& project, const TempRoot& where) {
  std::string out = (where.path() / "db").string();
  std::string cmd = "bash " + std::string(CRMFLOW_FIXTURES) + "/../ci/make-compile-db.sh " + project + " " + out;
  REQUIRE(std::system(cmd.c_str()) == 0);
  return out;
}


}  // namespace

TEST_CASE("code findings are byte-identical at -j1 and -j2") {
  TempRoot tmp;
  std::string demo = std::string(CRMFLOW_FIXTURES) + "/demo";
  std::string db = makeDb(demo, tmp);
  Run one = cli({"check", demo, "-p", db, "-j", "1", "--format", "sarif"});
  Run two = cli({"check", demo, "-p", db, "-j", "2", "--format", "sarif"});
  CHECK(one.status == 1);
  CHECK(one.out == two.out);
  CHECK(one.out.find("\"ruleId\": \"flow/undeclared-input\"") != std::string::npos);
  CHECK(one.out.find("src/scoring.cpp") != std::string::npos);
  Run tr = cli({"check", demo, "-p", db, "--lang", "tr"});
  CHECK(tr.out.find("src/scoring.cpp:14:10: note: Şuna aktarılıyor: 'acme::ai::ChurnModel::predict'.") != std::string::npos);
  CHECK(tr.out.find("note: Kişisel veri 'call_notes', şuradan okunuyor: 'acme::crm::Customer::lastCallNotes'.") != std::string::npos);
}

TEST_CASE("a translation unit that does not compile fails the run, but the others still report") {
  TempRoot tmp;
  std::string project = scenario("broken_tu");
  Run r = cli({"check", project, "-p", makeDb(project, tmp)});
  CHECK(r.status == 2);
  CHECK(r.err.find("src/broken.cpp:1:1: error: translation unit src/broken.cpp does not compile") != std::string::npos);
  CHECK(r.err.find("use of undeclared identifier 'undeclared_identifier'") != std::string::npos);
}

TEST_CASE("a missing compilation database or an unknown file fails closed") {
  TempRoot tmp;
  std::string project = scenario("two_files");
  Run missing = cli({"check", project, "-p", (tmp.path() / "nowhere").string()});
  CHECK(missing.status == 2);
  CHECK(missing.err.find("cannot load the compilation database") != std::string::npos);
  CHECK(cli({"check", project, "-p", "/dev/zero"}).err.find("not a regular file") != std::string::npos);
  std::string db = makeDb(project, tmp);
  Run unknown = cli({"check", project, "-p", db, "--", "src/none.cpp"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("'src/none.cpp' is not a translation unit") != std::string::npos);
  Run one = cli({"check", project, "-p", db, "--", project + "/src/features.cpp"});
  CHECK(one.status == 0);  // the AI call is in scoring.cpp, which was not selected
  CHECK(cli({"check", project, "-p", db, "-j", "0"}).status == 2);
  tmp.write("crmflow.toml", "version = 1\n[code]\nsources = [\"src/*.cpp\"]\n");
  CHECK(cli({"check", tmp.path().string()}).err.find("names no compilation database") != std::string::npos);
}

TEST_CASE("[code] sources and exclude select translation units") {
  TempRoot tmp;
  std::filesystem::copy(scenario("two_files"), tmp.path() / "p", std::filesystem::copy_options::recursive);
  std::string project = (tmp.path() / "p").string();
  std::string db = makeDb(project, tmp);
  CHECK(cli({"check", project, "-p", db}).status == 1);  // scoring.cpp passes the e-mail to the model
  std::ofstream(tmp.path() / "p" / "crmflow.toml", std::ios::app) << "\n[code]\nexclude = [\"src/scoring.cpp\"]\n";
  CHECK(cli({"check", project, "-p", db}).status == 0);
  std::ofstream(tmp.path() / "p" / "crmflow.toml", std::ios::app) << "sources = [\"src/**/*.cpp\"]\n";
  CHECK(cli({"check", project, "-p", db}).status == 0);
}
