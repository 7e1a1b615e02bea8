#include "cli/cli.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>

#include "checks/registry.h"
#include "core/strings.h"
#include "engine.h"
#include "frontend/clang_info.h"
#include "manifest/schema.h"
#include "report/baseline.h"
#include "report/writers.h"

namespace crmflow {
namespace {
namespace fs = std::filesystem;

constexpr const char* kUsage = R"(crmflow - KVKK/GDPR checks for AI-powered CRM integrations

Usage:
  crmflow check [PATH] [options] [-- FILE...]
                                   analyze PATH (default .) using PATH/crmflow.toml, and the
                                   C++ code of its compilation database (only FILEs if given)
  crmflow baseline [PATH] [--manifest FILE] [--output FILE]
                                   write the current findings as a baseline
                                   (default PATH/crmflow-baseline.sarif)
  crmflow rules [--lang en|tr]     list every rule with id, level and description
  crmflow explain RULE-ID [--lang en|tr]
                                   what a rule protects, its KVKK/GDPR articles, a non-compliant
                                   and a compliant example, how to fix and how to suppress
  crmflow schema                   print the manifest's JSON Schema (schemas/crmflow.schema.json)
  crmflow --version | --help

Options for check:
  --manifest FILE                 entry manifest (default PATH/crmflow.toml)
  -p BUILD_DIR                    folder of compile_commands.json (overrides [code] compile_commands)
  -j N                            translation units parsed in parallel (default: number of cores)
  --format FORMAT                 text (default), sarif, json, github (Actions annotations),
                                  codeclimate (GitLab Code Quality) or markdown
  --output FILE                   write the report to FILE (default stdout)
  --fail-on error|warning|note|none
                                  lowest level that makes the exit status 1
                                  (default [policy] fail_on, else error)
  --lang en|tr                    language of messages (default en)
  --baseline FILE                 an earlier SARIF (crmflow baseline): each result gets a
                                  baselineState, and only new findings count for --fail-on
  --fail-on-baseline new|all      with --baseline, which findings count (default new)
  --exclude-suppressed            leave suppressed findings out of SARIF (for upload to
                                  GitHub code scanning, which ignores `suppressions`)

Exit status: 0 analysis complete and nothing at or above --fail-on;
             1 findings at or above --fail-on;
             2 the analysis could not be completed (usage error, unreadable or invalid input).
)";

struct UsageError {
  std::string message;
};

struct CheckArgs {
  std::string root = ".";
  std::string manifest, format = "text", output, baseline, compileCommands;
  std::vector<std::string> files;
  unsigned jobs = 0;
  std::optional<Level> failOn;
  Lang lang = Lang::En;
  bool failOnAllBaseline = false, excludeSuppressed = false;
};

/// Accepts `--name value` and `--name=value`.
class ArgReader {
 public:
  explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}
  bool done() const { return i_ >= args_.size(); }
  const std::string& peek() const { return args_[i_]; }
  std::string next() { return args_[i_++]; }
  std::optional<std::string> option(const std::string& name) {
    const std::string& a = args_[i_];
    if (a == name) {
      if (i_ + 1 >= args_.size()) throw UsageError{name + " needs a value"};
      i_ += 2;
      return args_[i_ - 1];
    }
    if (a.rfind(name + "=", 0) == 0) {
      ++i_;
      return a.substr(name.size() + 1);
    }
    return std::nullopt;
  }

 private:
  const std::vector<std::string>& args_;
  std::size_t i_ = 0;
};

Lang parseLang(const std::string& v) {
  if (v == "en") return Lang::En;
  if (v == "tr") return Lang::Tr;
  throw UsageError{"--lang must be 'en' or 'tr', not '" + v + "'"};
}

CheckArgs parseCheck(ArgReader& r) {
  CheckArgs c;
  bool haveRoot = false;
  static constexpr std::string_view options[] = {"--manifest", "--format", "--output", "--fail-on", "--lang",
                                                 "--baseline", "--fail-on-baseline", "--exclude-suppressed"};
  while (!r.done()) {
    if (r.peek() == "--") {
      r.next();
      while (!r.done()) c.files.push_back(r.next());
      break;
    }
    if (auto v = r.option("--manifest")) c.manifest = *v;
    else if (auto v = r.option("-p")) c.compileCommands = *v;
    else if (auto v = r.option("-j")) {
      try {
        std::size_t used = 0;
        int n = std::stoi(*v, &used);
        if (used != v->size() || n < 1 || n > 256) throw std::invalid_argument("range");
        c.jobs = static_cast<unsigned>(n);
      } catch (const std::exception&) {
        throw UsageError{"-j takes a number from 1 to 256, not '" + *v + "'"};
      }
    }
    else if (auto v = r.option("--format")) {
      static constexpr std::string_view formats[] = {"text", "sarif", "json", "github", "codeclimate", "markdown"};
      if (std::find(std::begin(formats), std::end(formats), *v) == std::end(formats))
        throw UsageError{"--format must be text, sarif, json, github, codeclimate or markdown, not '" + *v + "'" + didYouMean(*v, formats)};
      c.format = *v;
    } else if (auto v = r.option("--output")) c.output = *v;
    else if (auto v = r.option("--fail-on")) {
      c.failOn = parseLevel(*v);
      if (!c.failOn) throw UsageError{"--fail-on must be error, warning, note or none, not '" + *v + "'"};
    } else if (auto v = r.option("--lang")) c.lang = parseLang(*v);
    else if (auto v = r.option("--baseline")) c.baseline = *v;
    else if (auto v = r.option("--fail-on-baseline")) {
      if (*v != "new" && *v != "all") throw UsageError{"--fail-on-baseline must be new or all, not '" + *v + "'"};
      c.failOnAllBaseline = *v == "all";
    } else if (r.peek() == "--exclude-suppressed") {
      r.next();
      c.excludeSuppressed = true;
    }
    else if (r.peek().rfind("-", 0) == 0 && r.peek() != "-") {
      std::string unknown = r.next();
      throw UsageError{"unknown option '" + unknown + "'" + didYouMean(unknown.substr(0, unknown.find('=')), options)};
    } else {
      if (haveRoot) throw UsageError{"check takes one PATH, got a second: '" + r.peek() + "'"};
      c.root = r.next();
      haveRoot = true;
    }
  }
  return c;
}

std::string pathPrefix(const std::string& root) {
  std::string p = fs::path(root).lexically_normal().generic_string();
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  if (p == "." || p.empty()) return "";
  return p + "/";
}

/// Writes the report straight to stdout, or through a temporary file and a rename, so a failed
/// run never leaves a partial report behind.
bool writeReport(const std::string& path, std::ostream& stdoutStream, const std::function<void(std::ostream&)>& write,
                 std::string& error) {
  if (path.empty()) {
    write(stdoutStream);
    stdoutStream.flush();
    return true;
  }
  fs::path target(path);
  fs::path tmp = target;
  tmp += ".crmflow-tmp-" + std::to_string(::getpid());
  std::error_code ec;
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (f) {
      write(f);
      f.flush();
    }
    if (!f) {
      error = "cannot write " + path + ": " + std::strerror(errno);
      f.close();
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    error = "cannot write " + path + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

int runCheck(const CheckArgs& c, std::ostream& out, std::ostream& err) {
  AnalysisOptions ao{c.root, c.manifest, {}, c.compileCommands, c.files, c.jobs};
  Analysis a = analyze(ao);
  ReportOptions ro{c.lang, pathPrefix(c.root), c.failOn.value_or(a.policyFailOn.value_or(Level::Error)), c.excludeSuppressed};
  if (!c.baseline.empty() && a.complete()) {
    std::string error;
    if (!applyBaseline(c.baseline, a, error)) {
      err << "crmflow: error: " << error << "\n";
      return 2;
    }
  }
  for (const auto& d : a.diagnostics.items()) {
    err << textLocation(d.where, ro.pathPrefix) << ": " << levelName(d.level) << ": " << d.message << "\n";
    for (const auto& [span, message] : d.related) err << textLocation(span, ro.pathPrefix) << ": note: " << message << "\n";
  }
  auto write = [&](std::ostream& stream) {
    if (c.format == "sarif") writeSarif(stream, a, ro);
    else if (c.format == "json") writeJson(stream, a, ro);
    else if (c.format == "github") writeGithub(stream, a, ro);
    else if (c.format == "codeclimate") writeCodeClimate(stream, a, ro);
    else if (c.format == "markdown") writeMarkdown(stream, a, ro);
    else writeText(stream, a, ro);
  };
  std::string error;
  if (!writeReport(c.output, out, write, error)) {
    err << "crmflow: error: " << error << "\n";
    return 2;
  }
  if (!a.complete()) {
    err << "crmflow: error: the analysis could not be completed; fix the errors above\n";
    return 2;
  }
  if (ro.failOn == Level::None) return 0;
  for (const auto& f : a.findings) {
    bool counts = !a.baselined || c.failOnAllBaseline || f.baseline == BaselineState::New;
    if (counts && !f.suppressed && f.level >= ro.failOn) return 1;
  }
  return 0;
}

int runRules(ArgReader& r, std::ostream& out) {
  Lang lang = Lang::En;
  while (!r.done()) {
    if (auto v = r.option("--lang")) lang = parseLang(*v);
    else throw UsageError{"unknown argument to rules: '" + r.peek() + "'"};
  }
  for (const auto& check : allChecks()) {
    const RuleInfo& rule = check->info();
    std::string id(rule.id), level(levelName(rule.level));
    id.resize(std::max<std::size_t>(id.size() + 1, 41), ' ');
    level.resize(9, ' ');
    out << id << level << pick(rule.summary, lang) << "\n";
  }
  return 0;
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  try {
    ArgReader r(args);
    if (r.done()) throw UsageError{"missing command"};
    std::string command = r.next();
    if (command == "--help" || command == "-h" || command == "help") {
      out << kUsage;
      return 0;
    }
    if (command == "--version") {
      out << "crmflow " << kToolVersion << " (" << clangVersion() << ")\n";
      return 0;
    }
    if (command == "rules") return runRules(r, out);
    if (command == "schema") {
      if (!r.done()) throw UsageError{"schema takes no arguments"};
      writeManifestSchema(out);
      return 0;
    }
    if (command == "explain") {
      Lang lang = Lang::En;
      std::string id;
      while (!r.done()) {
        if (auto v = r.option("--lang")) lang = parseLang(*v);
        else if (id.empty() && r.peek().rfind("-", 0) != 0) id = r.next();
        else throw UsageError{"unknown argument to explain: '" + r.peek() + "'"};
      }
      if (id.empty()) throw UsageError{"explain needs a rule id (see 'crmflow rules')"};
      const Check* check = findCheck(id);
      if (!check) throw UsageError{"unknown rule id '" + id + "'" + didYouMean(id, allRuleIds())};
      out << helpMarkdown(check->info(), lang);
      return 0;
    }
    if (command == "baseline") {
      CheckArgs c = parseCheck(r);
      if (c.format != "text" || !c.baseline.empty()) throw UsageError{"baseline takes PATH, --manifest and --output only"};
      c.format = "sarif";
      c.excludeSuppressed = true;
      c.failOn = Level::None;
      if (c.output.empty()) c.output = (fs::path(c.root) / "crmflow-baseline.sarif").string();
      int status = runCheck(c, out, err);
      if (status == 0) out << "crmflow: baseline written to " << c.output << "\n";
      return status;
    }
    if (command == "check") {
      CheckArgs c = parseCheck(r);
      return runCheck(c, out, err);
    }
    static constexpr std::string_view commands[] = {"check", "baseline", "rules", "explain", "schema"};
    throw UsageError{"unknown command '" + command + "'" + didYouMean(command, commands)};
  } catch (const UsageError& e) {
    err << "crmflow: error: " << e.message << "\n" << "Run 'crmflow --help' for usage.\n";
    return 2;
  } catch (const std::exception& e) {
    // Fail closed: an internal error must never look like a clean run.
    err << "crmflow: internal error: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace crmflow
