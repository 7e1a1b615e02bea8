#pragma once
/// The derived notions of rules.md "Definitions", defined once for every check.
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace crmflow {

bool isAdverse(const Entity& action);
bool isProfiling(const Entity& ai);
bool isConsentRequiring(const Graph& g, const Entity& ai);
std::optional<std::string_view> legalBasis(const Graph& g, const Entity& ai);

/// Why a consent is blanket (rules.md consent/blanket).
struct Blanket {
  bool scopeBlanket = false;
  std::vector<std::string> kinds;  ///< consent-requiring purpose kinds it spans, when two or more
  bool any() const { return scopeBlanket || !kinds.empty(); }
};
Blanket blanketness(const Graph& g, const Entity& consent);
/// The keys that make a consent not freely given, in source order: empty when it is.
std::vector<const Field*> notFreelyGivenKeys(const Entity& consent);
bool isValidConsent(const Graph& g, const Entity& consent);
/// One valid consent that lists the AI function's purpose and covers all its inputs.
const Entity* consentFor(const Graph& g, const Entity& ai);

/// Days of an ISO 8601 duration (Y=365, M=30, W=7, D=1); nullopt for "indefinite".
std::optional<long long> durationDays(std::string_view duration);

/// Adverse actions and the AI functions that trigger them.
std::vector<const Entity*> triggers(const Graph& g, const Entity& action);
std::vector<const Entity*> triggeredActions(const Graph& g, const Entity& ai);
std::vector<const Entity*> inputs(const Graph& g, const Entity& ai);

}  // namespace crmflow
