#pragma once
/// Loads `crmflow.toml` and its includes into a Manifest, collecting every load error.
#include <filesystem>
#include <span>
#include <string_view>

#include "core/diagnostic.h"
#include "manifest/model.h"

namespace crmflow {

struct LoadOptions {
  std::filesystem::path root;       ///< the analyzed root; includes may not leave it
  std::filesystem::path manifest;   ///< entry file; empty = root/crmflow.toml
  std::span<const std::string_view> ruleIds;  ///< valid ids for [policy] disable/severity
};

/// Errors go to `diags` (file:line:col); the returned manifest holds what could be read.
Manifest loadManifest(const LoadOptions& options, Diagnostics& diags);

/// Largest manifest file read; bigger ones are an error, not a slow run.
inline constexpr std::uintmax_t kMaxManifestBytes = 16u << 20;

}  // namespace crmflow
