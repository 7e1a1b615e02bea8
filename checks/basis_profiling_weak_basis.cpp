/// basis/profiling-weak-basis: consent-requiring profiling that rests on legitimate interest.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "basis/profiling-weak-basis", "ProfilingWeakBasis", Level::Warning, "5/1, 5/2-f", "6(1)(a)/(f), 21(2)",
    {"An AI function for marketing, personalisation, analytics or training rests on legitimate interest.",
     "Pazarlama, kişiselleştirme, analiz veya eğitim amaçlı bir yapay zekâ işlevi meşru menfaate dayanıyor."},
    {"Profiling customers for marketing, personalisation, advanced analytics or model training is, in the Authority's "
     "practice, expected to rest on explicit consent; legitimate interest is a weak ground for it and the data subject "
     "may object at any time. Triggers when a consent-requiring AI function's purpose has legal_basis = "
     "\"legitimate_interest\".",
     "Müşterilerin pazarlama, kişiselleştirme, ileri analiz veya model eğitimi için profillenmesinde Kurum uygulaması "
     "açık rıza arar; meşru menfaat bu işleme için zayıf bir dayanaktır ve ilgili kişi her zaman itiraz edebilir. Rıza "
     "gerektiren bir yapay zekâ işlevinin amacı legal_basis = \"legitimate_interest\" olduğunda tetiklenir."},
    {"Base the purpose on explicit consent collected specifically for it, or document why legitimate interest holds "
     "and offer an easy opt-out.",
     "Amacı, yalnızca bu amaç için alınan açık rızaya dayandırın ya da meşru menfaatin neden geçerli olduğunu "
     "belgeleyip kolay bir vazgeçme imkânı sunun."},
    "[purpose.campaigns]\nkind = \"marketing\"\nlegal_basis = \"explicit_consent\"",
    "[purpose.campaigns]\nkind = \"marketing\"\nlegal_basis = \"legitimate_interest\"\n\n[ai.segments]\nkind = \"segment\"\npurpose = \"campaigns\"\ninputs = [\"purchase_history\"]",
    {{"default", {"'{0}' serves purpose '{1}' of kind '{2}', which rests on legitimate interest; profiling for it is expected to rest on explicit consent.",
                  "'{0}', '{2}' türündeki '{1}' amacına hizmet ediyor ve bu amaç meşru menfaate dayanıyor; bu tür profilleme için açık rıza beklenir."}}}};

class BasisProfilingWeakBasisCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& ai : g.all(Kind::Ai)) {
      const Entity* purpose = g.purposeOf(ai);
      if (!purpose || !isConsentRequiring(g, ai) || purpose->text("legal_basis") != "legitimate_interest") continue;
      out.add(ai.at("purpose"), "default", {ai.id, purpose->id, purpose->text("kind").value_or("")}, {ai.id, purpose->id})
          .relate(purpose, "legal_basis");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeBasisProfilingWeakBasisCheck() { return std::make_unique<BasisProfilingWeakBasisCheck>(); }
}  // namespace crmflow
