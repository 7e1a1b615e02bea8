#include "checks/registry.h"

namespace crmflow {

// One line per rule, alphabetical by rule id; each factory lives in checks/<rule_name>.cpp.
#define CRMFLOW_CHECKS(X)                     \
  X(AuditDecisionChainUnloggedCheck)          \
  X(BasisLegitimateInterestUnbalancedCheck)   \
  X(BasisMissingCheck)                        \
  X(BasisProfilingWeakBasisCheck)             \
  X(BasisSpecialCategoryNoConditionCheck)     \
  X(ConsentBlanketCheck)                      \
  X(ConsentMissingCheck)                      \
  X(ConsentNotFreelyGivenCheck)               \
  X(ConsentUncheckedCheck)                    \
  X(DecisionAutomatedAdverseCheck)            \
  X(DecisionNominalHumanReviewCheck)          \
  X(FlowUnclassifiedPersonalDataCheck)        \
  X(FlowUndeclaredInputCheck)                 \
  X(FlowUndeclaredTransferCheck)              \
  X(FlowUnresolvedSymbolCheck)                \
  X(GovernanceAiUsagePolicyMissingCheck)      \
  X(GovernanceDpiaMissingCheck)               \
  X(ProcessorChainOpaqueCheck)                \
  X(PurposeCreepCheck)                        \
  X(PurposePsychologicalProfilingCheck)       \
  X(RetentionUnboundedCheck)                  \
  X(RightsObjectionChannelMissingCheck)       \
  X(SuppressionInvalidCheck)                  \
  X(TransferCrossBorderUnsafeguardedCheck)    \
  X(TransferOccasionalDerogationMisusedCheck) \
  X(TransferStandardContractNotNotifiedCheck) \
  X(TransparencyNoticeGapCheck)

#define CRMFLOW_DECLARE(Name) std::unique_ptr<Check> make##Name();
CRMFLOW_CHECKS(CRMFLOW_DECLARE)
#undef CRMFLOW_DECLARE

const std::vector<std::unique_ptr<Check>>& allChecks() {
  static const auto checks = [] {
    std::vector<std::unique_ptr<Check>> v;
#define CRMFLOW_MAKE(Name) v.push_back(make##Name());
    CRMFLOW_CHECKS(CRMFLOW_MAKE)
#undef CRMFLOW_MAKE
    return v;
  }();
  return checks;
}

const std::vector<std::string_view>& allRuleIds() {
  static const auto ids = [] {
    std::vector<std::string_view> v;
    for (const auto& c : allChecks()) v.push_back(c->info().id);
    return v;
  }();
  return ids;
}

const Check* findCheck(std::string_view id) {
  for (const auto& c : allChecks())
    if (c->info().id == id) return c.get();
  return nullptr;
}

}  // namespace crmflow
