/// consent/missing: a consent-requiring AI function without a valid, specific consent.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "consent/missing", "ConsentMissing", Level::Error, "5/1, 3/1-a", "6(1)(a), 7(1)",
    {"An AI function that needs explicit consent has none.", "Açık rıza gerektiren bir yapay zekâ işlevi için rıza yok."},
    {"Profiling for marketing, personalisation, analytics or model training needs the data subject's explicit consent, "
     "given specifically for that purpose. Triggers when a consent-requiring AI function's purpose rests on a basis other "
     "than explicit_consent or legitimate_interest (or on none), or rests on explicit_consent while no single valid "
     "consent lists the purpose and covers every data the function reads.",
     "Pazarlama, kişiselleştirme, analiz veya model eğitimi için profilleme, ilgili kişinin yalnızca o amaca ilişkin "
     "açık rızasını gerektirir. Rıza gerektiren bir yapay zekâ işlevinin amacı explicit_consent veya "
     "legitimate_interest dışında bir sebebe dayandığında (ya da hiçbir sebebe dayanmadığında) veya explicit_consent'e "
     "dayandığı halde amacı listeleyen ve işlevin okuduğu tüm verileri kapsayan tek bir geçerli rıza bulunmadığında "
     "tetiklenir."},
    {"Base the purpose on explicit_consent and declare a [consent] that lists the purpose, covers the function's "
     "inputs, and is specific and freely given.",
     "Amacı explicit_consent'e dayandırın ve amacı listeleyen, işlevin girdilerini kapsayan, belirli ve özgür iradeyle "
     "verilmiş bir [consent] tanımlayın."},
    "[purpose.campaigns]\nkind = \"marketing\"\nlegal_basis = \"explicit_consent\"\n\n[consent.campaign_optin]\n"
    "purposes = [\"campaigns\"]\nscope = \"specific\"\ninformed = true\nwithdrawable = true",
    "[purpose.campaigns]\nkind = \"marketing\"\nlegal_basis = \"contract\"   # marketing profiling needs explicit consent\n\n[ai.segments]\nkind = \"segment\"\npurpose = \"campaigns\"\ninputs = [\"purchase_history\"]",
    {{"basis", {"'{0}' serves purpose '{1}' of kind '{2}', which needs explicit consent, but the purpose rests on '{3}'.",
                "'{0}', açık rıza gerektiren '{2}' türündeki '{1}' amacına hizmet ediyor ancak bu amaç '{3}' hukuki sebebine dayanıyor."}},
     {"none", {"'{0}' serves purpose '{1}', which rests on explicit consent, but no valid, specific consent lists '{1}' and covers all its inputs ({2}).",
               "'{0}', açık rızaya dayanan '{1}' amacına hizmet ediyor ancak '{1}' amacını içeren ve tüm girdilerini ({2}) kapsayan geçerli ve belirli bir rıza yok."}}}};

class ConsentMissingCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& ai : g.all(Kind::Ai)) {
      const Entity* purpose = g.purposeOf(ai);
      if (!purpose || !isConsentRequiring(g, ai)) continue;
      auto basis = purpose->text("legal_basis").value_or("none");
      if (basis == "legitimate_interest") continue;
      if (basis == "explicit_consent") {
        if (consentFor(g, ai)) continue;
        auto& f = out.add(ai.at("purpose"), "none", {ai.id, purpose->id, idList(inputs(g, ai))}, {ai.id, purpose->id});
        f.relate(purpose, "legal_basis");
        for (const Edge* e : g.in(*purpose, EdgeKind::Covers)) f.relate(e->from);
        continue;
      }
      out.add(ai.at("purpose"), "basis", {ai.id, purpose->id, purpose->text("kind").value_or(""), basis}, {ai.id, purpose->id})
          .relate(purpose, "legal_basis");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeConsentMissingCheck() { return std::make_unique<ConsentMissingCheck>(); }
}  // namespace crmflow
