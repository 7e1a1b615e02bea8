/// consent/blanket: one consent for several unrelated purposes, or declared blanket.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "consent/blanket", "ConsentBlanket", Level::Error, "3/1-a, 5/1", "4(11), 7(2)",
    {"A consent is blanket rather than specific to one purpose.", "Bir rıza belirli bir amaca değil, genel (battaniye) rıza niteliğinde."},
    {"Explicit consent must relate to a specific subject: a single consent for \"using the CRM\", or one switch for "
     "marketing, analytics and model training together, is invalid, and every purpose that relies on it loses its "
     "ground. Triggers when a consent has scope = \"blanket\" or its purposes span two or more kinds among marketing, "
     "personalization, analytics and training.",
     "Açık rıza belirli bir konuya ilişkin olmalıdır: \"CRM'in kullanımı\" için tek bir rıza ya da pazarlama, analiz ve "
     "model eğitimi için tek bir onay geçersizdir ve ona dayanan her amaç dayanağını kaybeder. Bir rıza scope = "
     "\"blanket\" olduğunda ya da amaçları marketing, personalization, analytics ve training türlerinden iki veya daha "
     "fazlasını kapsadığında tetiklenir."},
    {"Split the consent into one consent per purpose kind, each with its own opt-in, and declare scope = \"specific\".",
     "Rızayı her amaç türü için ayrı bir onayla alınan ayrı rızalara bölün ve scope = \"specific\" olarak tanımlayın."},
    "[consent.campaign_optin]\npurposes = [\"campaigns\"]\nscope = \"specific\"",
    "[consent.crm_terms]\npurposes = [\"campaigns\", \"insights\", \"model_training\"]\nscope = \"blanket\"",
    {{"default", {"Consent '{0}' is not specific: {1}.", "'{0}' rızası belirli bir konuya ilişkin değil: {1}."}}}};

class ConsentBlanketCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& consent : g.all(Kind::Consent)) {
      Blanket b = blanketness(g, consent);
      if (!b.any()) continue;
      std::vector<Arg> reasons;
      if (b.scopeBlanket) reasons.emplace_back("it is declared with scope = \"blanket\"", "scope = \"blanket\" olarak tanımlanmış");
      if (!b.kinds.empty()) {
        std::string kinds;
        for (const auto& k : b.kinds) kinds += (kinds.empty() ? "" : ", ") + k;
        reasons.emplace_back("one consent covers purposes of " + std::to_string(b.kinds.size()) + " kinds (" + kinds + ")",
                             "tek bir rıza " + std::to_string(b.kinds.size()) + " farklı türde amacı kapsıyor (" + kinds + ")");
      }
      Span at = consent.has("scope") ? consent.at("scope") : consent.at("purposes");
      out.add(at, "default", {consent.id, joinClauses(reasons)}, {consent.id});
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeConsentBlanketCheck() { return std::make_unique<ConsentBlanketCheck>(); }
}  // namespace crmflow
