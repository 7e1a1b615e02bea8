/// governance/ai-usage-policy-missing: AI functions without a written CRM-AI usage policy.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "governance/ai-usage-policy-missing", "AiUsagePolicyMissing", Level::Note, "12/1", "5(2), 24",
    {"AI functions are declared but the controller has no CRM-AI usage policy.",
     "Yapay zekâ işlevleri tanımlı ancak veri sorumlusunun CRM-yapay zekâ kullanım politikası yok."},
    {"A written policy on which data may go into AI tools, who may use them and how long outputs are kept is one of the "
     "organisational measures KVKK Art. 12/1 expects. Triggers when at least one AI function is declared and "
     "[controller] has no ai_policy.",
     "Yapay zekâ araçlarına hangi verilerin girebileceğini, bunları kimin kullanabileceğini ve çıktıların ne kadar "
     "saklanacağını belirleyen yazılı bir politika, KVKK m.12/1'in beklediği idari tedbirlerdendir. En az bir yapay zekâ "
     "işlevi tanımlı olduğunda ve [controller] tablosunda ai_policy bulunmadığında tetiklenir."},
    {"Write the CRM-AI usage policy (prohibited inputs, roles, retention, vendor rules) and reference it in "
     "[controller] ai_policy.",
     "CRM-yapay zekâ kullanım politikasını (yasak girdiler, roller, saklama, sağlayıcı kuralları) yazın ve [controller] "
     "ai_policy ile referans verin."},
    "[controller]\nname = \"Acme Perakende A.Ş.\"\nai_policy = \"docs/policies/crm-ai-usage.md\"",
    "[controller]\nname = \"Acme Perakende A.Ş.\"   # AI functions are declared, no ai_policy",
    {{"default", {"{0} AI function(s) are declared but the controller records no CRM-AI usage policy (ai_policy).",
                  "{0} yapay zekâ işlevi tanımlı ancak veri sorumlusunun CRM-yapay zekâ kullanım politikası (ai_policy) kayıtlı değil."}}}};

class GovernanceAiUsagePolicyMissingCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    auto ais = g.all(Kind::Ai);
    const Entity* controller = g.find(Kind::Controller);
    if (ais.empty() || (controller && controller->has("ai_policy"))) return;
    const Entity* first = &ais.front();
    for (const auto& ai : ais)
      if (ai.header < first->header) first = &ai;
    out.add(controller ? controller->header : first->header, "default", {std::to_string(ais.size())}, {});
  }
};

}  // namespace
std::unique_ptr<Check> makeGovernanceAiUsagePolicyMissingCheck() {
  return std::make_unique<GovernanceAiUsagePolicyMissingCheck>();
}
}  // namespace crmflow
