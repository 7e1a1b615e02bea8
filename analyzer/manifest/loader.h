#pragma once
/// Loads `crmflow.toml` and its includes into a Manifest, collecting every load error.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "manifest/model.h"

namespace crmflow {

/// What reading one manifest file gave.
struct FileContent {
  enum class Status { Ok, NotFound, Directory, TooLarge, Unreadable };
  Status status = Status::Ok;
  std::string text;
  std::uintmax_t size = 0;  ///< for TooLarge
  std::string error;        ///< for Unreadable
};
/// Reads one file: the real filesystem by default; tests and fuzzers inject failures or bytes.
using FileReader = std::function<FileContent(const std::filesystem::path&)>;
FileContent readManifestFile(const std::filesystem::path& path);

struct LoadOptions {
  std::filesystem::path root;       ///< the analyzed root; includes may not leave it
  std::filesystem::path manifest;   ///< entry file; empty = root/crmflow.toml
  std::span<const std::string_view> ruleIds;  ///< valid ids for [policy] disable/severity
  FileReader reader;                ///< empty = readManifestFile
};

/// Errors go to `diags` (file:line:col); the returned manifest holds what could be read.
Manifest loadManifest(const LoadOptions& options, Diagnostics& diags);

/// Largest manifest file read; bigger ones are an error, not a slow run.
inline constexpr std::uintmax_t kMaxManifestBytes = 16u << 20;

}  // namespace crmflow
