#pragma once
/// The enum values of the manifest spec and the sets the rules derive from them.
#include <algorithm>
#include <array>
#include <string_view>

namespace crmflow::vocab {

using namespace std::string_view_literals;

inline constexpr std::array dataCategories{
    "identity"sv, "contact"sv, "location"sv, "transaction"sv, "financial"sv,
    "communication"sv, "behavioral"sv, "marketing"sv, "audiovisual"sv, "profile"sv,
    "personnel"sv, "special.health"sv, "special.biometric"sv, "special.genetic"sv,
    "special.race_ethnicity"sv, "special.political"sv, "special.religion_belief"sv,
    "special.dress"sv, "special.association"sv, "special.foundation"sv, "special.union"sv,
    "special.sex_life"sv, "special.criminal"sv};

inline constexpr std::array purposeKinds{
    "service"sv, "support"sv, "marketing"sv, "personalization"sv, "analytics"sv,
    "training"sv, "risk"sv, "hr"sv, "legal"sv, "security"sv};

inline constexpr std::array legalBases{
    "explicit_consent"sv, "law"sv, "vital_interest"sv, "contract"sv, "legal_obligation"sv,
    "made_public"sv, "legal_claims"sv, "legitimate_interest"sv, "public_task"sv,
    "health_confidentiality"sv, "employment_obligation"sv, "nonprofit_members"sv};

/// KVKK m.6/3 conditions (and the m.5 grounds it repeats) under which special data may be processed.
inline constexpr std::array specialCategoryConditions{
    "explicit_consent"sv, "law"sv, "vital_interest"sv, "made_public"sv, "legal_claims"sv,
    "health_confidentiality"sv, "employment_obligation"sv, "nonprofit_members"sv};

inline constexpr std::array consentScopes{"specific"sv, "blanket"sv};

inline constexpr std::array aiKinds{
    "score"sv, "segment"sv, "predict"sv, "recommend"sv, "next_best_action"sv, "sentiment"sv,
    "emotion"sv, "psychographic"sv, "classify"sv, "generate"sv, "train"sv};
inline constexpr std::array nonProfilingAiKinds{"classify"sv, "generate"sv, "train"sv};
inline constexpr std::array psychologicalAiKinds{"sentiment"sv, "emotion"sv, "psychographic"sv};

inline constexpr std::array processorRoles{"processor"sv, "sub_processor"sv, "joint_controller"sv};
inline constexpr std::array transfers{
    "none"sv, "adequacy"sv, "standard_contract"sv, "binding_corporate_rules"sv, "undertaking"sv,
    "explicit_consent"sv, "occasional"sv};
inline constexpr std::array occasionalDerogations{"explicit_consent"sv, "occasional"sv};

inline constexpr std::array actionEffects{
    "block"sv, "suspend"sv, "exclude"sv, "deprioritize"sv, "drop_lead"sv, "price_increase"sv,
    "deny_credit"sv, "terminate"sv, "offer"sv, "notify"sv, "route"sv, "prioritize"sv, "tag"sv};
inline constexpr std::array adverseEffects{
    "block"sv, "suspend"sv, "exclude"sv, "deprioritize"sv, "drop_lead"sv, "price_increase"sv,
    "deny_credit"sv, "terminate"sv};
inline constexpr std::array humanReviews{"none"sv, "before"sv, "bulk"sv, "after"sv};

/// Purpose kinds whose profiling needs specific consent (rules.md "Consent-requiring").
inline constexpr std::array consentRequiringPurposeKinds{
    "marketing"sv, "personalization"sv, "analytics"sv, "training"sv};

inline constexpr std::array regimes{"kvkk"sv, "gdpr"sv};
inline constexpr std::array failOnLevels{"error"sv, "warning"sv, "note"sv, "none"sv};
inline constexpr std::array severityLevels{"error"sv, "warning"sv, "note"sv};

template <std::size_t N>
constexpr bool contains(const std::array<std::string_view, N>& set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

inline bool isSpecialCategory(std::string_view category) { return category.starts_with("special."); }

}  // namespace crmflow::vocab
