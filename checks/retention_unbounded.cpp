/// retention/unbounded: data used by AI with no retention period, or kept longer by a processor.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "retention/unbounded", "RetentionUnbounded", Level::Warning, "4/2-d, 7", "5(1)(e)",
    {"Personal data used by AI has no retention period, or a processor keeps it longer than the controller.",
     "Yapay zekânın kullandığı kişisel verinin saklama süresi yok ya da bir veri işleyen veriyi veri sorumlusundan uzun saklıyor."},
    {"Personal data may be kept only as long as its purpose needs and must then be erased, destroyed or anonymised. "
     "Triggers when (a) data that reaches an AI function or a processor has no retention or \"indefinite\", or (b) a "
     "processor that data reaches has a retention longer than that data's.",
     "Kişisel veriler ancak amacın gerektirdiği süre kadar saklanabilir, sonra silinmeli, yok edilmeli veya anonim hale "
     "getirilmelidir. (a) Bir yapay zekâ işlevine veya veri işleyene ulaşan verinin retention değeri yoksa ya da "
     "\"indefinite\" ise veya (b) verinin ulaştığı bir veri işleyenin retention süresi o verininkinden uzunsa tetiklenir."},
    {"Set a retention period (an ISO 8601 duration such as \"P2Y\") for the data, and agree with the processor to keep it "
     "no longer than that.",
     "Veri için bir saklama süresi (\"P2Y\" gibi bir ISO 8601 süresi) belirleyin ve veri işleyenle veriyi bundan uzun "
     "saklamamayı kararlaştırın."},
    "[data.contact_email]\ncategory = \"contact\"\npurposes = [\"sales\"]\nretention = \"P2Y\"",
    "[data.contact_email]\ncategory = \"contact\"\npurposes = [\"sales\"]\nretention = \"indefinite\"",
    {{"data", {"'{0}' is read by AI function {1} but {2}.", "'{0}' verisi {1} yapay zekâ işlevi tarafından okunuyor ancak {2}."}},
     {"processor", {"Processor '{0}' keeps data for {1}, longer than the controller keeps {2}.",
                    "'{0}' veri işleyeni verileri {1} süreyle saklıyor; bu, veri sorumlusunun {2} için öngördüğü süreden uzun."}}}};

class RetentionUnboundedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& data : g.all(Kind::Data)) {
      std::vector<const Entity*> readers;
      for (const Edge* e : g.out(data, EdgeKind::Reads)) readers.push_back(e->to);
      if (readers.empty()) continue;
      auto retention = data.text("retention");
      if (retention && retention != "indefinite") continue;
      Arg why = retention ? Arg("is kept indefinitely", "süresiz saklanıyor") : Arg("has no retention period", "saklama süresi tanımlanmamış");
      auto& f = out.add(data.at("retention"), "data", {data.id, idList(readers), why}, {"data", data.id});
      for (const Entity* ai : readers) f.relate(ai, "inputs");
    }
    for (const auto& reach : g.reachedProcessors()) {
      const Entity& p = *reach.processor;
      auto kept = p.text("retention");
      if (!kept) continue;
      auto keptDays = durationDays(*kept);  // nullopt = indefinite
      std::string shorter;
      std::vector<const Entity*> shorterData;
      for (const Entity* d : reach.data) {
        auto own = d->text("retention");
        if (!own || own == "indefinite") continue;
        auto ownDays = durationDays(*own);
        if (keptDays && ownDays && *keptDays <= *ownDays) continue;
        shorter += (shorter.empty() ? "'" : ", '") + d->id + "' (" + std::string(*own) + ")";
        shorterData.push_back(d);
      }
      if (shorterData.empty()) continue;
      auto& f = out.add(p.at("retention"), "processor", {p.id, *kept, shorter}, {"processor", p.id});
      for (const Entity* d : shorterData) f.relate(d, "retention");
      f.path = reach.witness;
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeRetentionUnboundedCheck() { return std::make_unique<RetentionUnboundedCheck>(); }
}  // namespace crmflow
