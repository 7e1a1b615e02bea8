#pragma once
/// A small catalog of AI and CRM vendors' API hosts and default regions (frontend/vendors.toml,
/// embedded at build time), for naming the recipient of an undeclared network transfer.
#include <string>
#include <string_view>

namespace crmflow {

struct VendorHost {
  std::string vendor, pattern, region;
};

/// The catalog entry whose host pattern matches `host`, if any.
const VendorHost* knownVendor(std::string_view host);

}  // namespace crmflow
