#pragma once
/// The list of every rule crmflow runs.
#include <memory>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace crmflow {

const std::vector<std::unique_ptr<Check>>& allChecks();
const std::vector<std::string_view>& allRuleIds();
const Check* findCheck(std::string_view id);

}  // namespace crmflow
