/// basis/legitimate-interest-unbalanced: legitimate interest without a balancing test.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "basis/legitimate-interest-unbalanced", "LegitimateInterestUnbalanced", Level::Warning, "5/2-f", "6(1)(f), 21(1)",
    {"A purpose relies on legitimate interest without a documented balancing test.",
     "Bir amaç belgelenmiş denge testi olmadan meşru menfaate dayanıyor."},
    {"Legitimate interest is a lawful ground only where it does not harm the data subject's fundamental rights, which "
     "the controller must be able to show with a documented balancing test. Triggers when a purpose has "
     "legal_basis = \"legitimate_interest\" and no balancing_test.",
     "Meşru menfaat, ilgili kişinin temel hak ve özgürlüklerine zarar vermemek kaydıyla bir işleme şartıdır; veri "
     "sorumlusu bunu belgelenmiş bir denge testiyle gösterebilmelidir. legal_basis = \"legitimate_interest\" olan ve "
     "balancing_test içermeyen bir amaçta tetiklenir."},
    {"Document the balancing test (interest, necessity, impact, safeguards, opt-out) and reference it in balancing_test.",
     "Denge testini (menfaat, gereklilik, etki, güvenceler, itiraz imkânı) belgeleyin ve balancing_test ile referans verin."},
    "[purpose.fraud_screening]\nkind = \"risk\"\nlegal_basis = \"legitimate_interest\"\nbalancing_test = \"docs/lia/fraud-2026.pdf\"",
    "[purpose.fraud_screening]\nkind = \"risk\"\nlegal_basis = \"legitimate_interest\"   # no balancing_test",
    {{"default", {"Purpose '{0}' relies on legitimate interest without a documented balancing test.",
                  "'{0}' amacı meşru menfaate dayanıyor ancak belgelenmiş bir denge testi (balancing_test) yok."}}}};

class BasisLegitimateInterestUnbalancedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& purpose : g.all(Kind::Purpose))
      if (purpose.text("legal_basis") == "legitimate_interest" && !purpose.has("balancing_test"))
        out.add(purpose.at("legal_basis"), "default", {purpose.id}, {purpose.id});
  }
};

}  // namespace
std::unique_ptr<Check> makeBasisLegitimateInterestUnbalancedCheck() {
  return std::make_unique<BasisLegitimateInterestUnbalancedCheck>();
}
}  // namespace crmflow
