#pragma once
/// Facts about the Clang the C++ frontend is built on (kept out of widely included headers).
#include <string>

namespace crmflow {

std::string clangVersion();
/// The resource dir (builtin headers) baked in at configure time.
const char* clangResourceDir();

}  // namespace crmflow
