/// suppression/invalid: an inline suppression that is unjustified, names no rule, or matches nothing.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "suppression/invalid", "SuppressionInvalid", Level::Note, "", "",
    {"An inline suppression is unjustified, names an unknown rule, or suppresses nothing.",
     "Bir satır içi bastırma gerekçesiz, bilinmeyen bir kuralı adlandırıyor ya da hiçbir bulguyu bastırmıyor."},
    {"A suppression hides a compliance finding from the CI gate, so a reviewer must be able to see why. Triggers when a "
     "`crmflow: ignore[...]` comment has no justification (it then suppresses nothing), names a rule that does not "
     "exist, or matches no finding on its line or the line below (a stale suppression).",
     "Bir bastırma, uyum bulgusunu CI kapısından gizler; bu nedenle inceleyen kişi gerekçesini görebilmelidir. Bir "
     "`crmflow: ignore[...]` yorumu gerekçe içermediğinde (bu durumda hiçbir şeyi bastırmaz), var olmayan bir kuralı "
     "adlandırdığında ya da kendi satırında veya bir alt satırda hiçbir bulguyla eşleşmediğinde (eskimiş bastırma) "
     "tetiklenir."},
    {"Write why the finding does not apply after the closing bracket, fix the rule id, or delete the stale comment.",
     "Kapanış köşeli parantezinden sonra bulgunun neden geçerli olmadığını yazın, kural kimliğini düzeltin ya da eskimiş "
     "yorumu silin."},
    "[purpose.fraud_screening]  # crmflow: ignore[basis/missing] basis decided in DPO memo 2026-11, manifest update pending",
    "[purpose.fraud_screening]  # crmflow: ignore[basis/missing]",
    {{"unjustified", {"The suppression of '{0}' has no justification, so it suppresses nothing.",
                      "'{0}' bastırmasının gerekçesi yok; bu nedenle hiçbir şeyi bastırmıyor."}},
     {"unknown", {"The suppression names '{0}', which is not a crmflow rule{1}.",
                  "Bastırma, crmflow kuralı olmayan '{0}' kimliğini adlandırıyor{1}."}},
     {"stale", {"The suppression of '{0}' matches no finding on this line or the next; remove it.",
                "'{0}' bastırması bu satırda veya bir sonrakinde hiçbir bulguyla eşleşmiyor; kaldırın."}}}};

/// The engine reports this rule while it applies suppressions (analyzer/engine.cpp), because it
/// needs the other rules' findings; it is registered here so that it has an id, metadata,
/// fixtures and a place in SARIF like every other rule.
class SuppressionInvalidCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph&, Findings&) const override {}
};

}  // namespace
std::unique_ptr<Check> makeSuppressionInvalidCheck() { return std::make_unique<SuppressionInvalidCheck>(); }
}  // namespace crmflow
