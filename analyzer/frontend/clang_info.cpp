#include "frontend/clang_info.h"

#include <clang/Basic/Version.h>

namespace crmflow {

std::string clangVersion() { return clang::getClangFullVersion(); }

const char* clangResourceDir() { return CRMFLOW_CLANG_RESOURCE_DIR; }

}  // namespace crmflow
