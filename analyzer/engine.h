#pragma once
/// The pipeline as a library call: manifest -> graph -> checks -> sorted findings.
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "core/diagnostic.h"
#include "graph/graph.h"
#include "manifest/loader.h"
#include "report/finding.h"

namespace crmflow {

struct AnalysisOptions {
  std::filesystem::path root = ".";
  std::filesystem::path manifest;  ///< empty = root/crmflow.toml
  FileReader reader;               ///< empty = the filesystem
  std::filesystem::path compileCommands;  ///< -p: overrides [code] compile_commands
  std::vector<std::string> files;         ///< after `--`: only these translation units
  unsigned jobs = 0;                      ///< -j; 0 = number of cores
};

struct Analysis {
  Diagnostics diagnostics;
  std::unique_ptr<Graph> graph;     ///< null when loading failed
  std::vector<Finding> findings;    ///< sorted by file, line, column, rule id, identity
  std::optional<Level> policyFailOn;  ///< [policy] fail_on
  bool baselined = false;             ///< a baseline was applied: findings carry their state
  std::vector<AbsentResult> absent;   ///< baseline results that are gone
  bool complete() const { return graph && !diagnostics.hasErrors(); }
};

Analysis analyze(const AnalysisOptions& options);

/// Runs the C++ frontend when a compilation database is configured (-p or [code]); null otherwise.
std::shared_ptr<const CodeModel> analyzeCode(const AnalysisOptions& options, const Manifest& manifest, Diagnostics& diags);

/// Runs every enabled check on a graph, applying [policy] disable and severity.
std::vector<Finding> runChecks(const Graph& graph);

}  // namespace crmflow
