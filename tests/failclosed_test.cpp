// Inputs that must fail closed (exit status 2, a clear message), and runs that must be
// byte-identical whatever the working directory or the order the manifest files are listed in.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <sstream>

#include "checks/registry.h"
#include "cli/cli.h"
#include "manifest/loader.h"
#include "test_support.h"

using namespace crmflow;
using crmflow::test::TempRoot;

namespace {

std::string runSarif(const std::vector<std::string>& args, int* status = nullptr) {
  std::ostringstream out, err;
  std::vector<std::string> full = args;
  full.insert(full.end(), {"--format", "sarif", "--fail-on", "none"});
  int s = runCli(full, out, err);
  if (status) *status = s;
  return out.str();
}

class Cwd {
 public:
  explicit Cwd(const std::filesystem::path& p) : old_(std::filesystem::current_path()) { std::filesystem::current_path(p); }
  ~Cwd() { std::filesystem::current_path(old_); }

 private:
  std::filesystem::path old_;
};

const char* kFlows =
    "[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"\n"
    "[purpose.ads]\nkind = \"marketing\"\nlegal_basis = \"legitimate_interest\"\n";
const char* kAi =
    "[data.email]\ncategory = \"contact\"\npurposes = [\"sales\"]\n"
    "[ai.segments]\nkind = \"segment\"\npurpose = \"ads\"\ninputs = [\"email\"]\nprocessor = \"vendor\"\n"
    "[processor.vendor]\nregion = \"US\"\n";

}  // namespace

TEST_CASE("SARIF is byte-identical across working directories and include order") {
  TempRoot one, two;
  one.write("crmflow.toml", "version = 1\ninclude = [\"a.toml\", \"b.toml\"]\n").write("a.toml", kFlows).write("b.toml", kAi);
  two.write("crmflow.toml", "version = 1\ninclude = [\"b.toml\", \"a.toml\"]\n").write("a.toml", kFlows).write("b.toml", kAi);
  std::string fromInside, fromParent, reordered;
  {
    Cwd cwd(one.path());
    fromInside = runSarif({"check", "."});
  }
  {
    Cwd cwd(one.path().parent_path());
    fromParent = runSarif({"check", one.path().filename().string()});
  }
  reordered = runSarif({"check", two.path().string()});
  CHECK(fromInside.find("purpose/creep") != std::string::npos);
  CHECK(fromInside == fromParent);
  CHECK(fromInside == reordered);
  CHECK(fromInside == runSarif({"check", one.path().string()}));
}

TEST_CASE("a file that disappears while being read fails closed") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\ninclude = [\"flows/*.toml\"]\n").write("flows/a.toml", kFlows);
  Diagnostics diags;
  LoadOptions options{root.path(), {}, allRuleIds(), [](const std::filesystem::path& p) {
                        if (p.filename() == "a.toml") {
                          FileContent gone;
                          gone.status = FileContent::Status::Unreadable;
                          gone.error = "No such file or directory";
                          return gone;
                        }
                        return readManifestFile(p);
                      }};
  loadManifest(options, diags);
  REQUIRE(diags.hasErrors());
  CHECK(diags.items()[0].message == "cannot read flows/a.toml: No such file or directory");
  CHECK(diags.items()[0].where.line == 2);
  CHECK(diags.items()[0].where.column == 12);
}

TEST_CASE("a 50 MB manifest is refused quickly with exit status 2") {
  TempRoot root;
  {
    std::ofstream big(root.path() / "crmflow.toml", std::ios::binary);
    big << "version = 1\nx_blob = \"";
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 50; ++i) big << chunk;
    big << "\"\n";
  }
  std::ostringstream out, err;
  CHECK(runCli({"check", root.path().string()}, out, err) == 2);
  CHECK(err.str().find("crmflow.toml:1:1: error: crmflow.toml is 50 MiB; manifests are limited to 16 MiB") != std::string::npos);
}

TEST_CASE("a glob that matches nothing is a note, not a failure") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\ninclude = [\"flows/*.toml\"]\n[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"\n");
  std::ostringstream out, err;
  CHECK(runCli({"check", root.path().string()}, out, err) == 0);
  CHECK(err.str().find("crmflow.toml:2:12: note: include 'flows/*.toml' matches no file") != std::string::npos);
  int status = 0;
  std::string sarif = runSarif({"check", root.path().string()}, &status);
  CHECK(status == 0);
  CHECK(sarif.find("\"executionSuccessful\": true") != std::string::npos);
  CHECK(sarif.find("matches no file") != std::string::npos);
}

TEST_CASE("SARIF is still written, marked unsuccessful, when the manifest is invalid") {
  TempRoot root;
  root.write("crmflow.toml", "version = 1\n[data.x]\ncategory = \"nope\"\n");
  int status = 0;
  std::string sarif = runSarif({"check", root.path().string()}, &status);
  CHECK(status == 2);
  CHECK(sarif.find("\"executionSuccessful\": false") != std::string::npos);
}
