/// basis/missing: a purpose without a legal basis.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "basis/missing", "LegalBasisMissing", Level::Error, "4/1, 5, 6/3", "5(1)(a), 6(1)",
    {"A purpose declares no legal basis.", "Bir amaç için hukuki sebep tanımlanmamış."},
    {"Every purpose needs a ground of KVKK Art. 5 (or Art. 6/3 for special categories): without one, all "
     "processing for that purpose is unlawful. Triggers when a [purpose] has no legal_basis.",
     "Her amaç KVKK m.5'te (özel nitelikli veriler için m.6/3'te) sayılan bir işleme şartına dayanmalıdır; aksi halde bu "
     "amaçla yapılan tüm işleme hukuka aykırıdır. Bir [purpose] tablosunda legal_basis bulunmadığında tetiklenir."},
    {"Declare the purpose's legal basis, or stop processing for it.",
     "Amacın hukuki sebebini tanımlayın ya da bu amaçla işlemeyi durdurun."},
    "[purpose.sales]\nkind = \"service\"\nlegal_basis = \"contract\"",
    "[purpose.sales]\nkind = \"service\"   # no legal_basis",
    {{"default", {"Purpose '{0}' declares no legal basis, so the processing it covers has no lawful ground.",
                  "'{0}' amacı için hiçbir hukuki sebep tanımlanmamış; bu amaçla yapılan işlemenin hukuka uygunluk dayanağı yok."}}}};

class BasisMissingCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& purpose : g.all(Kind::Purpose)) {
      if (purpose.has("legal_basis")) continue;
      auto& f = out.add(purpose.header, "default", {purpose.id}, {purpose.id});
      for (const Edge* e : g.in(purpose, EdgeKind::Serves)) f.relate(e->from, "purpose");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeBasisMissingCheck() { return std::make_unique<BasisMissingCheck>(); }
}  // namespace crmflow
