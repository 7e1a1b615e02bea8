/// flow/undeclared-transfer: code sends personal data to a processor or host the manifest does not declare.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "flow/undeclared-transfer", "UndeclaredTransfer", Level::Error, "8, 9, 10/1-ç", "13(1)(e)–(f), 28, 44",
    {"Code sends personal data to a processor or network host that the manifest does not declare for it.",
     "Kod, kişisel veriyi manifestte bu veri için tanımlanmamış bir veri işleyene veya ağ adresine gönderiyor."},
    {"Every recipient of personal data must be known: it needs a processing agreement, a notice that names it, and a "
     "transfer safeguard when it is abroad. Triggers when a value of personal data reaches a processor call that no "
     "declared flow of that data reaches, or a network call whose URL host matches no processor's endpoints.",
     "Kişisel verinin her alıcısı bilinmelidir: bir veri işleme sözleşmesi, onu belirten bir aydınlatma ve yurt dışındaysa "
     "bir aktarım güvencesi gerekir. Kişisel verinin bir değeri, o verinin tanımlı hiçbir akışının ulaşmadığı bir veri "
     "işleyen çağrısına ya da URL'sinin adresi hiçbir veri işleyenin endpoints listesine uymayan bir ağ çağrısına "
     "ulaştığında tetiklenir."},
    {"Declare the recipient as a [processor] with its region, endpoints and safeguards, and the flow (an AI function's "
     "inputs and processor), or stop sending the data.",
     "Alıcıyı bölgesi, endpoints listesi ve güvenceleriyle bir [processor] olarak ve akışı (bir yapay zekâ işlevinin "
     "inputs ve processor değerleriyle) tanımlayın ya da veriyi göndermeyi bırakın."},
    "[processor.openai]\nvendor = \"OpenAI\"\nregion = \"US\"\nendpoints = [\"api.openai.com\"]\ntransfer = \"standard_contract\"",
    "http.post(\"https://api.openai.com/v1/chat/completions\", customer.email);  // no processor lists the host",
    {{"processor", {"Code sends '{0}' to processor '{1}', which no declared flow of that data reaches.",
                    "Kod, '{0}' verisini bu verinin tanımlı hiçbir akışının ulaşmadığı '{1}' veri işleyenine gönderiyor."}},
     {"network", {"Code sends '{0}' to {1}, a host that no processor's endpoints declare{2}.",
                  "Kod, '{0}' verisini hiçbir veri işleyenin endpoints listesinde bulunmayan {1} adresine gönderiyor{2}."}}}};

/// The processors a data reaches through declared (manifest) flows only.
std::set<const Entity*> declaredReach(const Graph& g, const Entity& data) {
  std::set<const Entity*> out;
  for (const Edge* read : g.out(data, EdgeKind::Reads)) {
    if (read->fromCode) continue;
    for (const Edge* run : g.out(*read->to, EdgeKind::RunsOn)) {
      std::vector<const Entity*> todo{run->to};
      while (!todo.empty()) {
        const Entity* p = todo.back();
        todo.pop_back();
        if (!out.insert(p).second) continue;
        for (const Edge* sub : g.out(*p, EdgeKind::DelegatesTo)) todo.push_back(sub->to);
      }
    }
  }
  return out;
}

class FlowUndeclaredTransferCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    if (!g.code()) return;
    for (const CodeHit& h : g.code()->hits()) {
      if (h.label.kind != Label::Kind::Data) continue;
      const Entity* data = g.find(Kind::Data, h.label.id);
      if (!data) continue;
      if (h.sink == CodeHit::Sink::Processor) {
        const Entity* proc = g.find(Kind::Processor, h.sinkId);
        if (!proc || declaredReach(g, *data).count(proc)) continue;
        auto& f = out.add(h.call, "processor", {data->id, proc->id}, {"processor", proc->id, data->id, h.call.file});
        f.path = codePath(h.label.steps);
        f.relate(proc).relate(data);
      } else if (h.sink == CodeHit::Sink::Network) {
        const VendorHost* vendor = knownVendor(h.host);
        Arg who = vendor ? Arg(" (" + std::string(vendor->vendor) + ", " + std::string(vendor->region) + ")",
                               " (" + std::string(vendor->vendor) + ", " + std::string(vendor->region) + ")")
                         : Arg("");
        auto& f = out.add(h.call, "network", {data->id, "'" + h.host + "'", who}, {"network", h.host, data->id, h.call.file});
        f.path = codePath(h.label.steps);
        f.relate(data);
      }
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeFlowUndeclaredTransferCheck() { return std::make_unique<FlowUndeclaredTransferCheck>(); }
}  // namespace crmflow
