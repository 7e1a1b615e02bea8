#pragma once
/// The C++ frontend: reads translation units from a compilation database with Clang LibTooling
/// and returns per-TU facts (frontend/facts.h). Nothing here exposes Clang types.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "frontend/facts.h"

namespace crmflow {

struct FrontendOptions {
  std::filesystem::path root;              ///< analyzed root: spans are relative to it
  std::filesystem::path compileCommands;   ///< compile_commands.json or its folder
  std::vector<std::string> sources;        ///< globs (root-relative) of TUs to analyze; empty = all
  std::vector<std::string> exclude;        ///< globs to skip
  std::vector<std::string> files;          ///< explicit files (after `--`); empty = all
  std::map<std::string, std::string> fieldData;  ///< manifest `fields`: qualified name -> data id
  unsigned jobs = 1;
};

/// Facts of every selected TU, in a stable order (by file). Problems (no database, unknown file,
/// a TU that does not compile) go to `diags` as errors: the analysis is then incomplete.
std::vector<TuFacts> runFrontend(const FrontendOptions& options, Diagnostics& diags);

}  // namespace crmflow
