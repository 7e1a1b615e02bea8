/// purpose/creep: an AI function reads data collected for another, incompatible purpose.
#include "checks/check.h"

#include <optional>

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "purpose/creep", "PurposeCreep", Level::Error, "4/2-c, 4/2-ç, 12/4", "5(1)(b), 6(4)",
    {"Personal data is used by an AI function for a purpose it was not collected for.",
     "Kişisel veri, bir yapay zekâ işlevinde toplanma amacı dışında kullanılıyor."},
    {"Personal data may be processed only for specified, explicit and legitimate purposes, and used only in ways "
     "compatible with them; reusing sales data to train or feed a marketing model is a new purpose that needs its own "
     "ground and notice. Triggers when an AI function with purpose P reads data D and D's purposes contain neither P "
     "nor a purpose listed in P's compatible_with.",
     "Kişisel veriler belirli, açık ve meşru amaçlar için işlenir ve yalnızca bu amaçlarla bağdaşan şekilde "
     "kullanılabilir; satış için toplanan verinin bir pazarlama modelinde kullanılması, kendi hukuki sebebi ve "
     "aydınlatması gereken yeni bir amaçtır. P amacına hizmet eden bir yapay zekâ işlevi D verisini okuduğunda ve D'nin "
     "purposes listesinde ne P ne de P'nin compatible_with listesindeki bir amaç bulunduğunda tetiklenir."},
    {"Stop the flow, or add the purpose to the data's purposes (with a legal basis, notice and, where needed, consent), "
     "or record a compatibility assessment with compatible_with.",
     "Veri akışını durdurun ya da amacı verinin purposes listesine ekleyin (hukuki sebebi, aydınlatması ve gerekiyorsa "
     "rızasıyla) veya compatible_with ile bir uyumluluk değerlendirmesi kaydedin."},
    "[data.purchase_history]\ncategory = \"transaction\"\npurposes = [\"sales\", \"churn_marketing\"]",
    "[data.purchase_history]\ncategory = \"transaction\"\npurposes = [\"sales\"]\n\n[ai.churn_model]\nkind = \"predict\"\npurpose = \"churn_marketing\"\ninputs = [\"purchase_history\"]   # collected for sales only",
    {{"code", {"'{0}' reads '{1}', collected for {2}, for purpose '{3}' (crmflow:purpose), which that data was not collected for.",
               "'{0}', {2} amacıyla toplanan '{1}' verisini, bu veri için beyan edilmemiş '{3}' amacıyla (crmflow:purpose) okuyor."}},
     {"default", {"'{0}' reads '{1}', collected for {2}, for purpose '{3}', which that data was not collected for.",
                  "'{0}', {2} amacıyla toplanan '{1}' verisini, bu veri için beyan edilmemiş '{3}' amacıyla okuyor."}}}};

/// The purposes `data` was collected for, when none of them is `purpose` or one it is compatible
/// with (the creep); nullopt when the use is allowed.
std::optional<std::vector<const Entity*>> creep(const Graph& g, const Entity& data, const Entity& purpose) {
  std::vector<const Entity*> allowed{&purpose}, collectedFor;
  for (const Edge* e : g.out(purpose, EdgeKind::CompatibleWith)) allowed.push_back(e->to);
  for (const Edge* c : g.out(data, EdgeKind::CollectedFor)) {
    if (std::find(allowed.begin(), allowed.end(), c->to) != allowed.end()) return std::nullopt;
    collectedFor.push_back(c->to);
  }
  return collectedFor;
}

class PurposeCreepCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& ai : g.all(Kind::Ai)) {
      const Entity* purpose = g.purposeOf(ai);
      if (!purpose) continue;
      for (const Edge* read : g.in(ai, EdgeKind::Reads)) {
        const Entity& data = *read->from;
        auto collectedFor = creep(g, data, *purpose);
        if (!collectedFor) continue;
        auto& f = out.add(read->origin, "default", {ai.id, data.id, idList(*collectedFor), purpose->id}, {ai.id, data.id, purpose->id});
        f.relate(&data, "purposes").relate(purpose);
        f.path = g.pathTo(data, ai, nullptr);
      }
    }
    runOnCode(g, out);
  }

 private:
  /// Code whose purpose is annotated (function, class or namespace) reads data collected for another purpose.
  static void runOnCode(const Graph& g, Findings& out) {
    if (!g.code()) return;
    for (const FunctionFact& fn : g.code()->functions()) {
      const Entity* purpose = fn.purpose.empty() ? nullptr : g.find(Kind::Purpose, fn.purpose);
      if (!purpose) continue;
      for (const Origin& read : fn.dataReads) {
        const Entity* data = g.find(Kind::Data, read.data);
        if (!data || read.steps.empty()) continue;
        auto collectedFor = creep(g, *data, *purpose);
        if (!collectedFor) continue;
        auto& f = out.add(read.steps.front().span, "code", {fn.name, data->id, idList(*collectedFor), purpose->id},
                          {"code", fn.name, data->id, purpose->id});
        f.relate(data, "purposes").relate(purpose);
      }
    }
  }
};

}  // namespace
std::unique_ptr<Check> makePurposeCreepCheck() { return std::make_unique<PurposeCreepCheck>(); }
}  // namespace crmflow
