#include "graph/semantics.h"

#include <algorithm>
#include <set>

#include "manifest/vocabulary.h"

namespace crmflow {

bool isAdverse(const Entity& action) {
  if (auto a = action.flag("adverse")) return *a;
  return vocab::contains(vocab::adverseEffects, action.text("effect").value_or(""));
}

bool isProfiling(const Entity& ai) {
  if (auto p = ai.flag("profiling")) return *p;
  auto kind = ai.text("kind").value_or("");
  return vocab::contains(vocab::aiKinds, kind) && !vocab::contains(vocab::nonProfilingAiKinds, kind);
}

bool isConsentRequiring(const Graph& g, const Entity& ai) {
  if (ai.text("kind") == "train") return true;
  const Entity* p = g.purposeOf(ai);
  return p && vocab::contains(vocab::consentRequiringPurposeKinds, p->text("kind").value_or(""));
}

std::optional<std::string_view> legalBasis(const Graph& g, const Entity& ai) {
  const Entity* p = g.purposeOf(ai);
  return p ? p->text("legal_basis") : std::nullopt;
}

Blanket blanketness(const Graph& g, const Entity& consent) {
  Blanket b;
  b.scopeBlanket = consent.text("scope") == "blanket";
  std::set<std::string> kinds;
  for (const Edge* e : g.out(consent, EdgeKind::Covers)) {
    auto kind = e->to->text("kind").value_or("");
    if (vocab::contains(vocab::consentRequiringPurposeKinds, kind)) kinds.insert(std::string(kind));
  }
  if (kinds.size() >= 2) b.kinds.assign(kinds.begin(), kinds.end());
  return b;
}

std::vector<const Field*> notFreelyGivenKeys(const Entity& consent) {
  std::vector<const Field*> keys;
  for (const auto& f : consent.fields) {
    bool bad = (f.key == "pre_ticked" || f.key == "condition_of_service" || f.key == "bundled_with_notice") ? f.boolean
             : (f.key == "informed" || f.key == "withdrawable") ? !f.boolean
             : false;
    if (bad && f.shape == Field::Shape::Bool) keys.push_back(&f);
  }
  return keys;  // fields are kept in source order
}

bool isValidConsent(const Graph& g, const Entity& consent) {
  return !blanketness(g, consent).any() && notFreelyGivenKeys(consent).empty();
}

const Entity* consentFor(const Graph& g, const Entity& ai) {
  const Entity* purpose = g.purposeOf(ai);
  if (!purpose) return nullptr;
  auto needed = inputs(g, ai);
  for (const Edge* cover : g.in(*purpose, EdgeKind::Covers)) {
    const Entity& consent = *cover->from;
    if (!isValidConsent(g, consent)) continue;
    if (!consent.has("data")) return &consent;
    std::set<const Entity*> covered;
    for (const Edge* e : g.out(consent, EdgeKind::CoversData)) covered.insert(e->to);
    if (std::all_of(needed.begin(), needed.end(), [&](const Entity* d) { return covered.count(d) > 0; })) return &consent;
  }
  return nullptr;
}

std::optional<long long> durationDays(std::string_view s) {
  if (s.empty() || s[0] != 'P') return std::nullopt;
  long long days = 0, n = 0;
  for (char c : s.substr(1)) {
    if (c >= '0' && c <= '9') { n = n * 10 + (c - '0'); continue; }
    days += n * (c == 'Y' ? 365 : c == 'M' ? 30 : c == 'W' ? 7 : 1);
    n = 0;
  }
  return days;
}

std::vector<const Entity*> triggers(const Graph& g, const Entity& action) {
  std::vector<const Entity*> out;
  for (const Edge* e : g.in(action, EdgeKind::Triggers)) out.push_back(e->from);
  return out;
}

std::vector<const Entity*> triggeredActions(const Graph& g, const Entity& ai) {
  std::vector<const Entity*> out;
  for (const Edge* e : g.out(ai, EdgeKind::Triggers)) out.push_back(e->to);
  return out;
}

std::vector<const Entity*> inputs(const Graph& g, const Entity& ai) {
  std::vector<const Entity*> out;
  for (const Edge* e : g.in(ai, EdgeKind::Reads)) out.push_back(e->from);
  return out;
}

}  // namespace crmflow
