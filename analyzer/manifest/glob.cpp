#include "manifest/glob.h"

#include <fnmatch.h>

#include <algorithm>
#include <string>
#include <system_error>

namespace crmflow {
namespace fs = std::filesystem;

bool hasGlobChars(std::string_view p) { return p.find_first_of("*?[") != std::string_view::npos; }

static std::vector<std::string> splitSegments(std::string_view pattern) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= pattern.size()) {
    std::size_t slash = pattern.find('/', start);
    if (slash == std::string_view::npos) slash = pattern.size();
    std::string seg(pattern.substr(start, slash - start));
    if (!seg.empty() && seg != ".") out.push_back(std::move(seg));
    start = slash + 1;
  }
  return out;
}

static void walk(const fs::path& dir, const std::vector<std::string>& segs, std::size_t i,
                 std::vector<fs::path>& out) {
  std::error_code ec;
  if (i == segs.size()) {
    if (fs::is_regular_file(dir, ec)) out.push_back(dir);
    return;
  }
  const std::string& seg = segs[i];
  if (seg == "**") {
    walk(dir, segs, i + 1, out);  // zero folders
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_directory(ec) && !it->is_symlink(ec)) walk(it->path(), segs, i, out);
    return;
  }
  if (!hasGlobChars(seg)) {
    fs::path next = dir / seg;
    if (i + 1 == segs.size() || fs::is_directory(next, ec)) walk(next, segs, i + 1, out);
    return;
  }
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (fnmatch(seg.c_str(), name.c_str(), FNM_PERIOD) == 0) walk(it->path(), segs, i + 1, out);
  }
}

std::vector<fs::path> expandGlob(const fs::path& base, std::string_view pattern) {
  std::vector<fs::path> out;
  walk(base, splitSegments(pattern), 0, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace crmflow
