/// flow/unresolved-symbol: a C++ name in the manifest matches nothing in the analyzed code.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "flow/unresolved-symbol", "UnresolvedSymbol", Level::Note, "12/1", "5(2)",
    {"A C++ name in the manifest matches nothing in the analyzed code.",
     "Manifestteki bir C++ adı analiz edilen kodda hiçbir şeyle eşleşmiyor."},
    {"fields, symbols, check and approval tell crmflow which code reads data, calls AI functions, checks consent or "
     "records approval; a name that matches nothing (a typo, a rename, a removed class) silently turns those checks off. "
     "Triggers, when C++ code is analyzed, for each such name that no declaration in the code has.",
     "fields, symbols, check ve approval, crmflow'a hangi kodun veri okuduğunu, yapay zekâ çağırdığını, rıza denetlediğini "
     "veya onay kaydettiğini söyler; hiçbir şeyle eşleşmeyen bir ad (yazım hatası, yeniden adlandırma, silinmiş sınıf) bu "
     "denetimleri sessizce kapatır. C++ kodu analiz edildiğinde, koddaki hiçbir bildirimde olmayan her ad için tetiklenir."},
    {"Correct the name (fully qualified: namespace::Class::member), or remove it if the code is gone.",
     "Adı düzeltin (tam nitelikli: namespace::Class::member) ya da kod kaldırıldıysa silin."},
    "[ai.churn_model]\nsymbols = [\"acme::ai::ChurnClient::predict\"]",
    "[ai.churn_model]\nsymbols = [\"acme::ai::ChurnClient::predcit\"]   # typo: matches nothing",
    {{"default", {"'{0}' ({1} of {2}) matches nothing in the analyzed code.",
                  "'{0}' ({2} içindeki {1}) analiz edilen kodda hiçbir şeyle eşleşmiyor."}}}};

class FlowUnresolvedSymbolCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    const CodeModel* code = g.code();
    if (!code || code->translationUnits() == 0) return;
    static constexpr std::pair<Kind, std::string_view> keys[] = {{Kind::Data, "fields"},      {Kind::Ai, "symbols"},
                                                                 {Kind::Processor, "symbols"}, {Kind::Action, "symbols"},
                                                                 {Kind::Action, "approval"},   {Kind::Consent, "check"}};
    for (const auto& [kind, key] : keys)
      for (const auto& e : g.all(kind))
        for (const auto& item : e.list(key))
          if (!code->declares(item.text))
            out.add(item.span, "default", {item.text, key, "[" + std::string(kindTable(kind)) + "." + e.id + "]"},
                    {std::string(kindTable(kind)), e.id, std::string(key), item.text});
  }
};

}  // namespace
std::unique_ptr<Check> makeFlowUnresolvedSymbolCheck() { return std::make_unique<FlowUnresolvedSymbolCheck>(); }
}  // namespace crmflow
