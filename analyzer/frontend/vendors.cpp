#include "frontend/vendors.h"

#include <toml++/toml.h>

#include <vector>

#include "frontend/link.h"

namespace crmflow {
namespace {

// frontend/vendors.toml, embedded by CMake.
constexpr char kCatalog[] = {
#include "vendors.toml.inc"
    , 0};

const std::vector<VendorHost>& catalog() {
  static const std::vector<VendorHost> hosts = [] {
    std::vector<VendorHost> out;
    toml::table t = toml::parse(std::string_view(kCatalog));
    if (const auto* vendors = t["vendor"].as_array())
      for (const auto& v : *vendors) {
        const auto* table = v.as_table();
        if (!table) continue;
        std::string name = (*table)["name"].value_or(std::string()), region = (*table)["region"].value_or(std::string());
        if (const auto* patterns = (*table)["hosts"].as_array())
          for (const auto& p : *patterns) out.push_back({name, p.value_or(std::string()), region});
      }
    return out;
  }();
  return hosts;
}

}  // namespace

const VendorHost* knownVendor(std::string_view host) {
  for (const auto& v : catalog())
    if (hostMatches(v.pattern, std::string(host))) return &v;
  return nullptr;
}

}  // namespace crmflow
