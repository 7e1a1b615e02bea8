/// transfer/standard-contract-not-notified: a standard contract the Authority was not notified of.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "transfer/standard-contract-not-notified", "StandardContractNotNotified", Level::Error, "9/5, 18/1-d", "",
    {"A transfer relies on a standard contract that is not recorded as notified to the Authority.",
     "Bir aktarım, Kuruma bildirildiği kayıtlı olmayan bir standart sözleşmeye dayanıyor."},
    {"Under KVKK Art. 9/5 a signed standard contract must be notified to the Personal Data Protection Authority within "
     "five business days; failing to do so is fined under Art. 18/1-d. Triggers, under the KVKK regime, when data "
     "reaches a processor with transfer = \"standard_contract\" and transfer_notified is not true.",
     "KVKK m.9/5 uyarınca imzalanan standart sözleşme beş iş günü içinde Kişisel Verileri Koruma Kurumuna "
     "bildirilmelidir; bildirmemek m.18/1-d uyarınca idari para cezası gerektirir. KVKK kapsamında, veri transfer = "
     "\"standard_contract\" olan ve transfer_notified değeri true olmayan bir veri işleyene ulaştığında tetiklenir."},
    {"Notify the Authority of the signed standard contract within five business days and record it with "
     "transfer_notified = true.",
     "İmzalanan standart sözleşmeyi beş iş günü içinde Kuruma bildirin ve transfer_notified = true ile kaydedin."},
    "[processor.einstein]\nregion = \"US\"\ntransfer = \"standard_contract\"\ntransfer_notified = true",
    "[processor.einstein]\nregion = \"US\"\ntransfer = \"standard_contract\"   # no transfer_notified = true",
    {{"default", {"Processor '{0}' receives personal data under a standard contract that is not recorded as notified to the Authority within 5 business days (transfer_notified).",
                  "'{0}' veri işleyenine standart sözleşmeyle aktarım yapılıyor ancak sözleşmenin 5 iş günü içinde Kuruma bildirildiği kayıtlı değil (transfer_notified)."}}}};

class TransferStandardContractNotNotifiedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    if (!g.regime("kvkk")) return;
    for (const auto& reach : g.reachedProcessors()) {
      const Entity& p = *reach.processor;
      if (p.text("transfer") != "standard_contract" || p.flag("transfer_notified") == true) continue;
      auto& f = out.add(p.at("transfer"), "default", {p.id}, {p.id});
      f.path = reach.witness;
      if (p.has("transfer_notified")) f.relate(&p, "transfer_notified");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeTransferStandardContractNotNotifiedCheck() {
  return std::make_unique<TransferStandardContractNotNotifiedCheck>();
}
}  // namespace crmflow
