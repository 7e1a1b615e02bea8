#pragma once
// Runs the pipeline on in-memory manifest text: the entry file is served from memory, every other
// path (includes) from an empty root, so a fuzz run never touches the project's files.
#include <filesystem>
#include <string>

#include "engine.h"

namespace crmflow::fuzz {

inline Analysis analyzeText(const std::string& text) {
  static const std::filesystem::path root = std::filesystem::temp_directory_path() / "crmflow-fuzz-empty-root";
  static const bool made = std::filesystem::create_directories(root) || true;
  (void)made;
  AnalysisOptions options{root, root / "crmflow.toml", [&text](const std::filesystem::path& p) {
                            FileContent c;
                            if (p.filename() != "crmflow.toml") c.status = FileContent::Status::NotFound;
                            else c.text = text;
                            return c;
                          }};
  return analyze(options);
}

}  // namespace crmflow::fuzz
