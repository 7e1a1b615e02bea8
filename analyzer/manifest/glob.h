#pragma once
/// Expands include globs (`*`, `?`, `[...]` within a segment, `**` across folders).
#include <filesystem>
#include <string_view>
#include <vector>

namespace crmflow {

bool hasGlobChars(std::string_view pattern);

/// Regular files under `base` matching the '/'-separated relative `pattern`, sorted by path.
/// Folders are not entered through symlinks by `**`, so a link loop cannot hang the walk.
std::vector<std::filesystem::path> expandGlob(const std::filesystem::path& base, std::string_view pattern);

}  // namespace crmflow
