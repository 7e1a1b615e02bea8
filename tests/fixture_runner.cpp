// Strict runner for the inline expectations of fixtures/ (CodeQL/semgrep style):
//   fixture_runner rule FILE       every finding must be expected (`# expect: <rule-id>` on its line)
//                                  and every expectation found
//   fixture_runner invalid CASE    exit status 2, every load error expected (`# expect-error: <text>`)
//                                  and printed as path:line:col
//   fixture_runner code DIR        a C++ scenario: a compile database is generated (portable paths),
//                                  then as `rule`, with `// expect: <rule-id>` in C++ files too
//   fixture_runner coverage DIR    every rule has fixtures/rules/<id>/ with a positive and a negative case
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "checks/registry.h"
#include "cli/cli.h"
#include "engine.h"

namespace fs = std::filesystem;
using namespace crmflow;

namespace {

struct Marker {
  std::string file;
  unsigned line;
  std::string text;
  auto operator<=>(const Marker&) const = default;
};

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool isCxx(const fs::path& p) {
  static const std::set<std::string> ext{".cpp", ".cc", ".cxx", ".h", ".hpp", ".hh"};
  return ext.count(p.extension().string()) > 0;
}

/// Markers `<tag> a, b` inside `#` comments of .toml files (and `//` comments of C++ files) below `root`.
std::multiset<Marker> markers(const fs::path& root, const std::string& tag, bool splitList) {
  std::multiset<Marker> out;
  std::vector<fs::path> files;
  if (fs::is_regular_file(root)) files.push_back(root);
  else
    for (auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && (e.path().extension() == ".toml" || isCxx(e.path()))) files.push_back(e.path());
  for (const auto& file : files) {
    std::string rel = fs::is_regular_file(root) ? file.filename().string() : file.lexically_relative(root).generic_string();
    std::istringstream in(readFile(file));
    std::string line;
    unsigned n = 0;
    while (std::getline(in, line)) {
      ++n;
      auto hash = isCxx(file) ? line.find("//") : line.find('#');
      if (hash == std::string::npos) continue;
      auto at = line.find(tag, hash);
      if (at == std::string::npos) continue;
      std::string rest = line.substr(at + tag.size());
      if (!splitList) {
        rest.erase(0, rest.find_first_not_of(' '));
        out.insert({rel, n, rest});
        continue;
      }
      std::stringstream ids(rest);
      std::string id;
      while (std::getline(ids, id, ',')) {
        id.erase(0, id.find_first_not_of(' '));
        id.erase(id.find_last_not_of(" \r") + 1);
        if (!id.empty()) out.insert({rel, n, id});
      }
    }
  }
  return out;
}

/// A compile database for every .cpp below `dir`, with absolute paths of this checkout.
fs::path generateCompileDatabase(const fs::path& dir) {
  fs::path out = fs::temp_directory_path() / ("crmflow-fixture-db-" + std::to_string(std::hash<std::string>{}(dir.string())));
  fs::create_directories(out);
  std::ofstream db(out / "compile_commands.json");
  db << "[\n";
  bool first = true;
  std::vector<fs::path> sources;
  for (auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".cpp") sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  for (const auto& src : sources) {
    db << (first ? "" : ",\n") << "  {\"directory\": \"" << dir.string() << "\", \"file\": \"" << src.string()
       << "\", \"arguments\": [\"clang++\", \"-std=c++17\", \"-I" << CRMFLOW_INCLUDE_DIR << "\", \"-I" << (dir / "src").string()
       << "\", \"-c\", \"" << src.string() << "\"]}";
    first = false;
  }
  db << "\n]\n";
  return out;
}

int checkRuleFixture(const fs::path& file, const fs::path& compileDb = {}) {
  AnalysisOptions options{file.parent_path(), file, {}};
  options.compileCommands = compileDb;
  options.jobs = 2;
  Analysis a = analyze(options);
  int failures = 0;
  // Code scenarios may expect a TU to fail (`// expect-error: <text>`): the run must then be incomplete.
  std::multiset<Marker> expectedErrors = compileDb.empty() ? std::multiset<Marker>{} : markers(file.parent_path(), "expect-error:", false);
  for (const auto& d : a.diagnostics.items()) {
    if (d.level != Level::Error) continue;
    auto match = std::find_if(expectedErrors.begin(), expectedErrors.end(), [&](const Marker& m) {
      return m.file == d.where.file && d.message.find(m.text) != std::string::npos;
    });
    if (match != expectedErrors.end()) {
      expectedErrors.erase(match);
      continue;
    }
    std::cerr << d.where.file << ":" << d.where.line << ":" << d.where.column << ": load error: " << d.message << "\n";
    ++failures;
  }
  for (const auto& m : expectedErrors) {
    std::cerr << m.file << ":" << m.line << ": missing expected error '" << m.text << "'\n";
    ++failures;
  }
  bool expectIncomplete = !compileDb.empty() && !markers(file.parent_path(), "expect-error:", false).empty();
  std::multiset<Marker> expected = markers(file.parent_path(), "expect:", true), actual;
  // Only files this manifest loaded count (sibling fixtures share the folder).
  std::set<std::string> loaded;
  if (a.graph) loaded.insert(a.graph->manifest().files.begin(), a.graph->manifest().files.end());
  // Other sibling manifests' C++ markers do not exist: a code scenario has one manifest.
  for (auto it = expected.begin(); it != expected.end();)
    it = loaded.count(it->file) || isCxx(it->file) ? std::next(it) : expected.erase(it);
  for (const auto& f : a.findings)
    if (!f.suppressed) actual.insert({f.location.file, f.location.line, std::string(f.rule->id)});
  std::vector<Marker> missing, unexpected;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(missing));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  failures += static_cast<int>(missing.size() + unexpected.size()) + (a.complete() == !expectIncomplete ? 0 : 1);
  for (const auto& m : missing) std::cerr << m.file << ":" << m.line << ": missing expected finding [" << m.text << "]\n";
  for (const auto& m : unexpected) std::cerr << m.file << ":" << m.line << ": unexpected finding [" << m.text << "]\n";
  std::cout << file.generic_string() << ": " << actual.size() << " findings, " << expected.size() << " expected, "
            << failures << " failures\n";
  return failures == 0 ? 0 : 1;
}

int checkInvalidCase(const fs::path& target) {
  fs::path root = fs::is_directory(target) ? target : target.parent_path();
  fs::path manifest = fs::is_directory(target) ? target / "crmflow.toml" : target;
  std::multiset<Marker> expected = markers(target, "expect-error:", false);
  if (fs::exists(root / "expect-errors.txt") && fs::is_directory(target)) {
    // Lines "path:line: text" or "path: text" for errors that no comment can sit beside.
    std::istringstream in(readFile(root / "expect-errors.txt"));
    std::string line;
    std::regex form(R"(([^:]+):(\d+)?:? ?(.*))");
    while (std::getline(in, line)) {
      std::smatch m;
      if (line.empty() || !std::regex_match(line, m, form)) continue;
      expected.insert({m[1], m[2].matched ? static_cast<unsigned>(std::stoul(m[2])) : 0u, m[3]});
    }
  }
  std::ostringstream out, err;
  int status = runCli({"check", root.string(), "--manifest", manifest.string()}, out, err);
  int failures = 0;
  if (status != 2) {
    std::cerr << target << ": exit status " << status << ", expected 2\n";
    ++failures;
  }
  // Error lines: "<root>/<file>:<line>:<col>: error: <message>" or "<root>/<file>: error: <message>".
  std::regex errorLine(R"((.+?)(?::(\d+):(\d+))?: error: (.*))");
  std::vector<Marker> errors;
  std::istringstream lines(err.str());
  std::string line, prefix = root.generic_string() + "/";
  while (std::getline(lines, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, errorLine) || line.rfind("crmflow:", 0) == 0) continue;
    std::string file = m[1];
    if (file.rfind(prefix, 0) == 0) file = file.substr(prefix.size());
    if (m[2].matched && std::stoul(m[3]) == 0) {
      std::cerr << line << "\n  ^ column 0 is not a valid column\n";
      ++failures;
    }
    errors.push_back({file, m[2].matched ? static_cast<unsigned>(std::stoul(m[2])) : 0u, m[4]});
  }
  std::vector<bool> used(errors.size());
  for (const auto& e : expected) {
    bool found = false;
    for (std::size_t i = 0; i < errors.size() && !found; ++i)
      if (!used[i] && errors[i].file == e.file && errors[i].line == e.line && errors[i].text.find(e.text) != std::string::npos)
        used[i] = found = true;
    if (!found) {
      std::cerr << e.file << ":" << e.line << ": missing expected error containing '" << e.text << "'\n";
      ++failures;
    }
  }
  for (std::size_t i = 0; i < errors.size(); ++i)
    if (!used[i]) {
      std::cerr << errors[i].file << ":" << errors[i].line << ": unexpected error: " << errors[i].text << "\n";
      ++failures;
    }
  if (expected.empty()) {
    std::cerr << target << ": no expect-error markers\n";
    ++failures;
  }
  std::cout << target.generic_string() << ": " << errors.size() << " errors, " << expected.size() << " expected, "
            << failures << " failures\n" << err.str();
  return failures == 0 ? 0 : 1;
}

int checkCoverage(const fs::path& rulesDir) {
  int failures = 0;
  // Code rules are covered by fixtures/code/ scenarios: `// expect: <id>` on a positive line and
  // `// near-miss: <id>` on a line that must stay silent (the strict runner enforces both).
  fs::path codeDir = rulesDir.parent_path() / "code";
  std::set<std::string> codeExpects, codeNearMisses;
  if (fs::is_directory(codeDir)) {
    for (const auto& m : markers(codeDir, "expect:", true)) codeExpects.insert(m.text);
    for (const auto& m : markers(codeDir, "near-miss:", true)) codeNearMisses.insert(m.text);
  }
  for (auto id : allRuleIds()) {
    if (codeExpects.count(std::string(id)) && codeNearMisses.count(std::string(id))) continue;
    fs::path dir = rulesDir / std::string(id);
    bool positive = false, negative = false;
    if (fs::is_directory(dir))
      for (auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".toml") continue;
        std::string name = e.path().filename().string();
        bool expectsRule = false;
        for (const auto& m : markers(e.path(), "expect:", true)) expectsRule = expectsRule || m.text == id;
        if (name.rfind("positive", 0) == 0 && expectsRule) positive = true;
        if (name.rfind("negative", 0) == 0 && !expectsRule) negative = true;
      }
    if (!positive || !negative) {
      std::cerr << dir.generic_string() << ": needs a positive*.toml that expects " << id
                << " and a negative*.toml that does not (or, for a code rule, `expect:` and `near-miss:` markers in fixtures/code/)\n";
      ++failures;
    }
  }
  std::cout << allRuleIds().size() << " rules, " << failures << " without fixtures\n";
  return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: fixture_runner rule FILE | invalid CASE | coverage RULES_DIR\n";
    return 2;
  }
  std::string mode = argv[1];
  fs::path target = fs::absolute(argv[2]);
  if (mode == "rule") return checkRuleFixture(target);
  if (mode == "invalid") return checkInvalidCase(target);
  if (mode == "code") return checkRuleFixture(target / "crmflow.toml", generateCompileDatabase(target));
  if (mode == "coverage") return checkCoverage(target);
  std::cerr << "unknown mode " << mode << "\n";
  return 2;
}
