/// governance/dpia-missing: high-risk profiling without an impact assessment.
#include "checks/check.h"
#include "manifest/vocabulary.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "governance/dpia-missing", "DpiaMissing", Level::Note, "12/1", "35",
    {"A profiling AI function that drives adverse actions or reads special-category data has no impact assessment.",
     "Aleyhe eylemleri yönlendiren veya özel nitelikli veri okuyan bir profilleme işlevinin etki değerlendirmesi yok."},
    {"Profiling that leads to adverse decisions or uses special-category data is high risk: GDPR Art. 35 requires a "
     "data protection impact assessment, and under KVKK it is how the controller shows the technical and "
     "organisational measures of Art. 12/1. Triggers when a profiling AI function triggers an adverse action or reads "
     "special.* data and has no dpia; a warning when regimes includes \"gdpr\", a note otherwise.",
     "Aleyhe kararlara yol açan veya özel nitelikli veri kullanan profilleme yüksek risklidir: GDPR m.35 veri koruma etki "
     "değerlendirmesi ister; KVKK'da ise veri sorumlusu m.12/1'deki teknik ve idari tedbirleri bununla gösterir. "
     "Profilleme yapan bir yapay zekâ işlevi aleyhe bir eylemi tetiklediğinde veya special.* veri okuduğunda ve dpia "
     "değeri olmadığında tetiklenir; regimes \"gdpr\" içeriyorsa uyarı, aksi halde nottur."},
    {"Carry out an impact assessment (risks, necessity, safeguards, human oversight) and reference it in dpia.",
     "Bir etki değerlendirmesi (riskler, gereklilik, güvenceler, insan gözetimi) yapın ve dpia ile referans verin."},
    "[ai.credit_score]\nkind = \"score\"\npurpose = \"credit_risk\"\ninputs = [\"payments\"]\ndpia = \"docs/dpia/credit-score.md\"",
    "[ai.credit_score]\nkind = \"score\"\npurpose = \"credit_risk\"\ninputs = [\"payments\"]   # triggers deny_card, no dpia\n\n[action.deny_card]\neffect = \"deny_credit\"\ntrigger = [\"credit_score\"]",
    {{"default", {"'{0}' profiles data subjects and {1}, but no impact assessment (dpia) is recorded.",
                  "'{0}' profilleme yapıyor ve {1}; ancak kayıtlı bir etki değerlendirmesi (dpia) yok."}}}};

class GovernanceDpiaMissingCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& ai : g.all(Kind::Ai)) {
      if (!isProfiling(ai) || ai.has("dpia")) continue;
      std::vector<const Entity*> adverse, special;
      for (const Entity* a : triggeredActions(g, ai))
        if (isAdverse(*a)) adverse.push_back(a);
      for (const Entity* d : inputs(g, ai))
        if (vocab::isSpecialCategory(d->text("category").value_or(""))) special.push_back(d);
      std::vector<Arg> reasons;
      if (!adverse.empty()) reasons.emplace_back("triggers adverse action " + idList(adverse), "aleyhe sonuç doğuran " + idList(adverse) + " eylemini tetikliyor");
      if (!special.empty()) reasons.emplace_back("reads special-category data " + idList(special), "özel nitelikli " + idList(special) + " verisini okuyor");
      if (reasons.empty()) continue;
      auto& f = out.add(ai.header, "default", {ai.id, joinClauses(reasons)}, {ai.id});
      if (g.regime("gdpr")) f.level = Level::Warning;
      for (const Entity* a : adverse) f.relate(a);
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeGovernanceDpiaMissingCheck() { return std::make_unique<GovernanceDpiaMissingCheck>(); }
}  // namespace crmflow
