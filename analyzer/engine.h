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

/// Runs every enabled check on a graph, applying [policy] disable and severity.
std::vector<Finding> runChecks(const Graph& graph);

}  // namespace crmflow
