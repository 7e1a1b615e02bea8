/// flow/undeclared-input: code passes personal data to an AI function that does not declare it.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "flow/undeclared-input", "UndeclaredAiInput", Level::Error, "4/2-ç, 10/1", "5(1)(c), 13",
    {"Code passes personal data to an AI function that does not declare it as an input.",
     "Kod, bir yapay zekâ işlevine girdisi olarak tanımlanmamış kişisel veri aktarıyor."},
    {"The manifest is what the privacy notice, the consents and the purpose checks rely on: data that reaches an AI "
     "function in code but is missing from its inputs escapes all of them, and breaks data minimisation. Triggers when a "
     "value of data D reaches a call of AI function A in the C++ code and D is not in A's inputs. The flow then also "
     "counts as declared for the other rules.",
     "Aydınlatma metni, rızalar ve amaç denetimleri manifeste dayanır: kodda bir yapay zekâ işlevine ulaşan ama girdi "
     "listesinde olmayan veri bunların hepsinden kaçar ve veri minimizasyonunu bozar. D verisinin bir değeri C++ kodunda "
     "A yapay zekâ işlevinin çağrısına ulaştığında ve D, A'nın inputs listesinde olmadığında tetiklenir. Akış, diğer "
     "kurallar için de tanımlanmış sayılır."},
    {"Stop passing the data (minimise the features), or add it to the AI function's inputs and let the other rules check "
     "purpose, consent and transfers.",
     "Veriyi aktarmayı bırakın (özellikleri azaltın) ya da yapay zekâ işlevinin inputs listesine ekleyip amaç, rıza ve "
     "aktarım denetimlerini diğer kurallara bırakın."},
    "[ai.churn_model]\nkind = \"predict\"\npurpose = \"churn_insights\"\ninputs = [\"purchase_total\", \"contact_email\"]",
    "// crmflow.toml: inputs = [\"purchase_total\"]\nstd::string features = describe(customer);  // includes customer.email\n"
    "client.predict(features);",
    {{"default", {"Code passes '{0}' to AI function '{1}', whose inputs do not include it.",
                  "Kod, '{0}' verisini girdileri arasında bulunmayan '{1}' yapay zekâ işlevine aktarıyor."}}}};

class FlowUndeclaredInputCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    if (!g.code()) return;
    for (const CodeHit& h : g.code()->hits()) {
      if (h.sink != CodeHit::Sink::Ai || h.label.kind != Label::Kind::Data) continue;
      const Entity* ai = g.find(Kind::Ai, h.sinkId);
      const Entity* data = g.find(Kind::Data, h.label.id);
      if (!ai || !data) continue;
      bool declared = false;
      for (const auto& item : ai->list("inputs")) declared = declared || item.text == data->id;
      if (declared) continue;
      auto& f = out.add(h.call, "default", {data->id, ai->id}, {ai->id, data->id, h.call.file});
      f.path = codePath(h.label.steps);
      f.relate(ai, "inputs").relate(data);
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeFlowUndeclaredInputCheck() { return std::make_unique<FlowUndeclaredInputCheck>(); }
}  // namespace crmflow
