#include "report/baseline.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

#include "report/messages.h"

namespace crmflow {

std::string_view baselineStateName(BaselineState state) {
  switch (state) {
    case BaselineState::New: return "new";
    case BaselineState::Unchanged: return "unchanged";
    case BaselineState::Updated: return "updated";
    case BaselineState::None: break;
  }
  return "";
}

bool applyBaseline(const std::filesystem::path& path, Analysis& analysis, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read baseline " + path.generic_string();
    return false;
  }
  nlohmann::json log = nlohmann::json::parse(in, nullptr, false);
  if (log.is_discarded() || !log.is_object() || !log.contains("runs") || !log["runs"].is_array() || log["runs"].empty()) {
    error = "baseline " + path.generic_string() + " is not a SARIF log";
    return false;
  }
  struct Old {
    AbsentResult result;
    bool seen = false;
  };
  std::map<std::string, Old> old;
  try {
    for (const auto& r : log["runs"][0].value("results", nlohmann::json::array())) {
      if (r.value("baselineState", "") == "absent") continue;  // already gone in that run
      auto fp = r.value("/partialFingerprints/crmflowFindingHash~1v1"_json_pointer, std::string());
      if (fp.empty()) continue;
      AbsentResult a;
      a.ruleId = r.value("ruleId", "");
      a.level = parseLevel(r.value("level", "warning")).value_or(Level::Warning);
      a.message = r.value("/message/text"_json_pointer, std::string());
      a.fingerprint = fp;
      const auto& loc = r.value("/locations/0/physicalLocation"_json_pointer, nlohmann::json::object());
      a.location.file = loc.value("/artifactLocation/uri"_json_pointer, std::string());
      a.location.line = loc.value("/region/startLine"_json_pointer, 0u);
      a.location.column = loc.value("/region/startColumn"_json_pointer, 0u);
      a.location.endLine = loc.value("/region/endLine"_json_pointer, 0u);
      a.location.endColumn = loc.value("/region/endColumn"_json_pointer, 0u);
      old.emplace(fp, Old{std::move(a)});
    }
  } catch (const nlohmann::json::exception& e) {
    error = "baseline " + path.generic_string() + " has an unexpected shape: " + e.what();
    return false;
  }
  Regimes regimes = regimesOf(analysis.graph.get());
  for (Finding& f : analysis.findings) {
    auto it = old.find(fingerprint(f));
    if (it == old.end()) {
      f.baseline = BaselineState::New;
      continue;
    }
    it->second.seen = true;
    bool same = it->second.result.level == f.level &&
                (it->second.result.message == renderMessage(f, Lang::En, regimes) ||
                 it->second.result.message == renderMessage(f, Lang::Tr, regimes));
    f.baseline = same ? BaselineState::Unchanged : BaselineState::Updated;
  }
  analysis.absent.clear();
  for (auto& [fp, o] : old)
    if (!o.seen) analysis.absent.push_back(std::move(o.result));
  std::sort(analysis.absent.begin(), analysis.absent.end(), [](const AbsentResult& a, const AbsentResult& b) {
    return std::tie(a.location, a.ruleId, a.fingerprint) < std::tie(b.location, b.ruleId, b.fingerprint);
  });
  analysis.baselined = true;
  return true;
}

}  // namespace crmflow
