/// transfer/occasional-derogation-misused: a regular data flow relies on an occasional-only derogation.
#include "checks/check.h"
#include "manifest/vocabulary.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "transfer/occasional-derogation-misused", "OccasionalDerogationMisused", Level::Error, "9/6", "49(1)",
    {"A recurring transfer relies on a derogation allowed only for occasional transfers.",
     "Düzenli bir aktarım yalnızca arızi aktarımlar için öngörülen bir istisnaya dayanıyor."},
    {"The derogations of KVKK Art. 9/6 (explicit consent to the transfer, and the other occasional grounds) may be used "
     "only for occasional transfers; an API or SaaS that receives data regularly needs an adequacy decision or an "
     "Art. 9/4 safeguard. Triggers when data reaches a processor whose transfer is \"explicit_consent\" or "
     "\"occasional\" and whose recurring is not false.",
     "KVKK m.9/6'daki istisnalar (aktarıma açık rıza ve diğer arızi sebepler) yalnızca arızi aktarımlarda kullanılabilir; "
     "veriyi düzenli olarak alan bir API veya SaaS için yeterlilik kararı ya da m.9/4 güvencesi gerekir. Veri, transfer "
     "değeri \"explicit_consent\" veya \"occasional\" olan ve recurring değeri false olmayan bir veri işleyene "
     "ulaştığında tetiklenir."},
    {"Put a standard contract, binding corporate rules or an undertaking in place for the regular flow; keep the "
     "derogations for one-off transfers (recurring = false).",
     "Düzenli akış için standart sözleşme, bağlayıcı şirket kuralları veya taahhütname kullanın; istisnaları tek seferlik "
     "aktarımlara bırakın (recurring = false)."},
    "[processor.translation_vendor]\nregion = \"US\"\ntransfer = \"standard_contract\"\ntransfer_notified = true",
    "[processor.llm_api]\nregion = \"US\"\ntransfer = \"explicit_consent\"   # every request goes there: not occasional",
    {{"default", {"Processor '{0}' receives personal data regularly (recurring is not false) under '{1}', a derogation allowed only for occasional transfers.",
                  "'{0}' veri işleyenine kişisel veriler düzenli olarak aktarılıyor (recurring false değil) ancak '{1}' istisnası yalnızca arızi aktarımlar için kullanılabilir."}}}};

class TransferOccasionalDerogationMisusedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& reach : g.reachedProcessors()) {
      const Entity& p = *reach.processor;
      auto transfer = p.text("transfer").value_or("");
      if (!vocab::contains(vocab::occasionalDerogations, transfer) || p.flag("recurring") == false) continue;
      auto& f = out.add(p.at("transfer"), "default", {p.id, transfer}, {p.id});
      f.path = reach.witness;
      if (p.has("recurring")) f.relate(&p, "recurring");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeTransferOccasionalDerogationMisusedCheck() {
  return std::make_unique<TransferOccasionalDerogationMisusedCheck>();
}
}  // namespace crmflow
