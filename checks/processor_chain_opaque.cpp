/// processor/chain-opaque: a processor whose sub-processors or processing agreement are unknown.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "processor/chain-opaque", "ProcessorChainOpaque", Level::Warning, "12/2, 9/8", "28, 30(1)(d)",
    {"A processor receives personal data but its sub-processors or its processing agreement are not recorded.",
     "Bir veri işleyen kişisel veri alıyor ancak alt işleyenleri veya veri işleme sözleşmesi kayıtlı değil."},
    {"The controller is jointly responsible for the security measures of everyone who processes data on its behalf, "
     "and onward transfers abroad need safeguards too; that requires knowing the chain and having a processing "
     "agreement. Triggers when data reaches a processor that has no sub_processors key (unknown; [] means none) or no dpa.",
     "Veri sorumlusu, kendi adına veri işleyen herkesin güvenlik tedbirlerinden onlarla birlikte sorumludur ve yurt "
     "dışına devam eden aktarımlar da güvence gerektirir; bu, zinciri bilmeyi ve bir veri işleme sözleşmesini gerektirir. "
     "Veri, sub_processors anahtarı (bilinmiyor; [] hiç yok demektir) veya dpa değeri olmayan bir veri işleyene "
     "ulaştığında tetiklenir."},
    {"Get the vendor's sub-processor list and record it in sub_processors ([] when there are none), and reference the "
     "signed data processing agreement in dpa.",
     "Sağlayıcının alt işleyen listesini alıp sub_processors ile kaydedin (hiç yoksa []) ve imzalı veri işleme "
     "sözleşmesine dpa ile referans verin."},
    "[processor.einstein]\nregion = \"US\"\nsub_processors = [\"aws_us\"]\ndpa = \"contracts/salesforce-dpa-2026.pdf\"",
    "[processor.einstein]\nvendor = \"Salesforce\"\nregion = \"US\"   # no sub_processors, no dpa",
    {{"default", {"Processor '{0}' receives personal data but {1}.", "'{0}' veri işleyenine kişisel veri ulaşıyor ancak {1}."}}}};

class ProcessorChainOpaqueCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& reach : g.reachedProcessors()) {
      const Entity& p = *reach.processor;
      std::vector<Arg> reasons;
      if (!p.has("sub_processors"))
        reasons.emplace_back("its sub-processors are unknown (no sub_processors key)", "alt işleyenleri bilinmiyor (sub_processors anahtarı yok)");
      if (!p.has("dpa"))
        reasons.emplace_back("no data processing agreement is recorded (dpa)", "veri işleme sözleşmesi kayıtlı değil (dpa)");
      if (reasons.empty()) continue;
      auto& f = out.add(p.header, "default", {p.id, joinClauses(reasons)}, {p.id});
      f.path = reach.witness;
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeProcessorChainOpaqueCheck() { return std::make_unique<ProcessorChainOpaqueCheck>(); }
}  // namespace crmflow
