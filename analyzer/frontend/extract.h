#pragma once
/// Fact extraction from one parsed translation unit (the only place that walks Clang's AST).
#include <filesystem>
#include <map>
#include <string>

#include "frontend/facts.h"

namespace clang {
class ASTContext;
}

namespace crmflow {

void extractFacts(clang::ASTContext& ctx, const std::filesystem::path& root,
                  const std::map<std::string, std::string>& fieldData, TuFacts& out);

}  // namespace crmflow
