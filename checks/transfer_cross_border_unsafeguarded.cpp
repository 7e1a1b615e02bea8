/// transfer/cross-border-unsafeguarded: personal data goes abroad without a transfer safeguard.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "transfer/cross-border-unsafeguarded", "CrossBorderTransferUnsafeguarded", Level::Error, "9/1, 9/4", "44–46",
    {"Personal data reaches a processor abroad without a transfer safeguard.",
     "Kişisel veriler bir aktarım güvencesi olmadan yurt dışındaki bir veri işleyene ulaşıyor."},
    {"Personal data may go abroad only under an adequacy decision or an appropriate safeguard (standard contract, "
     "binding corporate rules, written undertaking), or occasionally under a derogation. Triggers when data reaches a "
     "processor (directly, through an AI function, or down a sub-processor chain) whose region is not domestic and "
     "whose transfer is absent or \"none\", or is \"adequacy\" while the region is not in [policy] adequate.",
     "Kişisel veriler yurt dışına ancak yeterlilik kararı veya uygun güvenceyle (standart sözleşme, bağlayıcı şirket "
     "kuralları, yazılı taahhüt) ya da arızi olarak bir istisnaya dayanarak aktarılabilir. Veri, bölgesi yurt içi "
     "olmayan ve transfer değeri bulunmayan veya \"none\" olan ya da bölgesi [policy] adequate listesinde olmadığı halde "
     "\"adequacy\" olan bir veri işleyene (doğrudan, bir yapay zekâ işlevi üzerinden veya alt işleyen zinciriyle) "
     "ulaştığında tetiklenir."},
    {"Sign the Board's standard contract with the vendor (and notify it within 5 business days), or rely on binding "
     "corporate rules or an undertaking, and declare it in transfer; or keep the processing in a domestic region.",
     "Veri işleyenle Kurulun standart sözleşmesini imzalayın (ve 5 iş günü içinde bildirin) ya da bağlayıcı şirket "
     "kurallarına veya taahhütnameye dayanın ve bunu transfer ile tanımlayın; ya da işlemeyi yurt içindeki bir bölgede "
     "tutun."},
    "[processor.einstein]\nvendor = \"Salesforce\"\nregion = \"US\"\ntransfer = \"standard_contract\"\n"
    "transfer_notified = true",
    "[processor.einstein]\nvendor = \"Salesforce\"\nregion = \"US\"   # no transfer",
    {{"code", {"Code sends '{0}' to processor '{1}' in {2}, outside the domestic regions, with {3}.",
               "Kod, '{0}' verisini yurt dışındaki ({2}) '{1}' veri işleyenine gönderiyor; {3}."}},
     {"default", {"Personal data ({1}) reaches processor '{0}' in {2}, outside the domestic regions, with {3}.",
                  "Kişisel veriler ({1}) yurt dışındaki ({2}) '{0}' veri işleyenine ulaşıyor; {3}."}}}};

class TransferCrossBorderUnsafeguardedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  /// Why a processor abroad is unsafeguarded, or nullopt when it is safeguarded (or domestic).
  static std::optional<Arg> unsafeguarded(const Graph& g, const Entity& p) {
    auto region = p.text("region").value_or("");
    if (g.isDomestic(region)) return std::nullopt;
    auto transfer = p.text("transfer");
    if (!transfer) return Arg("no transfer safeguard declared (transfer)", "aktarım güvencesi tanımlanmamış (transfer)");
    if (*transfer == "none") return Arg("transfer = \"none\"", "aktarım güvencesi yok (transfer = \"none\")");
    if (*transfer == "adequacy" && !g.isAdequate(region))
      return Arg("an adequacy decision that [policy] adequate does not list for " + std::string(region),
                 std::string(region) + " için [policy] adequate listesinde bulunmayan bir yeterlilik kararına dayanılıyor");
    return std::nullopt;
  }

  void run(const Graph& g, Findings& out) const override {
    if (const CodeModel* code = g.code())
      for (const CodeHit& h : code->hits()) {
        const Entity* p = h.sink == CodeHit::Sink::Processor ? g.find(Kind::Processor, h.sinkId) : nullptr;
        if (!p || h.label.kind != Label::Kind::Data) continue;
        auto why = unsafeguarded(g, *p);
        if (!why) continue;
        auto& f = out.add(h.call, "code", {h.label.id, p->id, p->text("region").value_or(""), *why}, {"code", p->id, h.label.id, h.call.file});
        f.path = codePath(h.label.steps);
        f.relate(p, p->has("transfer") ? "transfer" : "region");
      }
    for (const auto& reach : g.reachedProcessors()) {
      const Entity& p = *reach.processor;
      auto region = p.text("region").value_or("");
      auto reason = unsafeguarded(g, p);
      if (!reason) continue;
      Arg why = *reason;
      auto& f = out.add(p.has("transfer") ? p.at("transfer") : p.at("region"), "default",
                        {p.id, idList(reach.data), region, why}, {p.id});
      f.path = reach.witness;
      for (const Entity* d : reach.data) f.relate(d);
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeTransferCrossBorderUnsafeguardedCheck() {
  return std::make_unique<TransferCrossBorderUnsafeguardedCheck>();
}
}  // namespace crmflow
