#pragma once
/// Baselines: an earlier SARIF log of crmflow. Each current finding becomes new, unchanged or
/// updated by its fingerprint; findings of the baseline that are gone become absent results.
#include <filesystem>
#include <string>

#include "engine.h"

namespace crmflow {

/// Reads `path` (a SARIF log written by crmflow) and sets the baseline state of every finding of
/// `analysis`, adding the absent ones. Returns false with `error` when the file is not usable.
bool applyBaseline(const std::filesystem::path& path, Analysis& analysis, std::string& error);

std::string_view baselineStateName(BaselineState state);

}  // namespace crmflow
