/// basis/special-category-no-condition: special-category data used without an Art. 6/3 condition.
#include "checks/check.h"
#include "manifest/vocabulary.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "basis/special-category-no-condition", "SpecialCategoryNoCondition", Level::Error, "6/1, 6/3, 6/4", "9(1)–(2), 22(4)",
    {"Special-category data reaches an AI function whose purpose has no KVKK Art. 6/3 condition.",
     "Özel nitelikli veri, KVKK m.6/3 şartı bulunmayan bir amaca hizmet eden yapay zekâ işlevine ulaşıyor."},
    {"Health, biometric, genetic and the other special categories of KVKK Art. 6 may be processed only under the "
     "conditions Art. 6/3 lists exhaustively; contract and legitimate interest are not among them. Triggers when a "
     "special.* data is an input of an AI function whose purpose's legal_basis is not explicit_consent, law, "
     "vital_interest, made_public, legal_claims, health_confidentiality, employment_obligation or nonprofit_members.",
     "Sağlık, biyometrik, genetik ve KVKK m.6'daki diğer özel nitelikli veriler yalnızca m.6/3'te sınırlı sayılan "
     "şartlarla işlenebilir; sözleşme ve meşru menfaat bu şartlar arasında değildir. special.* kategorisindeki bir veri, "
     "amacının legal_basis değeri explicit_consent, law, vital_interest, made_public, legal_claims, "
     "health_confidentiality, employment_obligation veya nonprofit_members olmayan bir yapay zekâ işlevine girdi "
     "olduğunda tetiklenir."},
    {"Remove the special-category input (redact it before the AI step), or base the purpose on an Art. 6/3 condition "
     "such as explicit consent and apply the Board's adequate measures.",
     "Özel nitelikli girdiyi kaldırın (yapay zekâ adımından önce ayıklayın) ya da amacı açık rıza gibi bir m.6/3 şartına "
     "dayandırıp Kurulun öngördüğü yeterli önlemleri alın."},
    "[purpose.care_triage]\nkind = \"support\"\nlegal_basis = \"explicit_consent\"",
    "[data.call_notes]\ncategory = \"special.health\"\npurposes = [\"support\"]\n\n[purpose.support]\nkind = \"support\"\nlegal_basis = \"contract\"          # not an Art. 6/3 condition\n\n[ai.triage]\nkind = \"classify\"\npurpose = \"support\"\ninputs = [\"call_notes\"]",
    {{"default", {"'{0}' reads special-category data '{1}' ({2}) for purpose '{3}', whose legal basis '{4}' is not a KVKK Art. 6/3 condition.",
                  "'{0}', '{3}' amacı için özel nitelikli '{1}' verisini ({2}) okuyor; bu amacın hukuki sebebi '{4}', KVKK m.6/3'teki şartlardan biri değil."}}}};

class BasisSpecialCategoryNoConditionCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& ai : g.all(Kind::Ai)) {
      const Entity* purpose = g.purposeOf(ai);
      if (!purpose) continue;
      auto basis = purpose->text("legal_basis").value_or("none");
      if (vocab::contains(vocab::specialCategoryConditions, basis)) continue;
      for (const Edge* read : g.in(ai, EdgeKind::Reads)) {
        auto category = read->from->text("category").value_or("");
        if (!vocab::isSpecialCategory(category)) continue;
        auto& f = out.add(read->origin, "default", {ai.id, read->from->id, category, purpose->id, basis},
                          {ai.id, read->from->id});
        f.relate(read->from, "category").relate(purpose, "legal_basis");
        f.path = g.pathTo(*read->from, ai, nullptr);
      }
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeBasisSpecialCategoryNoConditionCheck() {
  return std::make_unique<BasisSpecialCategoryNoConditionCheck>();
}
}  // namespace crmflow
