/// rights/objection-channel-missing: an adverse result of profiling with no way to object.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "rights/objection-channel-missing", "ObjectionChannelMissing", Level::Error, "11/1-g, 13", "21, 22(3)",
    {"An adverse action based on profiling offers no way to object.",
     "Profillemeye dayanan aleyhe bir eylem için itiraz yolu yok."},
    {"The data subject has the right to object to a result against them that arises from automated analysis, and the "
     "controller must answer within 30 days. Triggers when an adverse action triggered by a profiling AI function has "
     "no objection.",
     "İlgili kişi, otomatik sistemlerle analiz sonucu aleyhine doğan sonuca itiraz etme hakkına sahiptir ve veri "
     "sorumlusu 30 gün içinde yanıt vermelidir. Profilleme yapan bir yapay zekâ işlevinin tetiklediği aleyhe bir eylemde "
     "objection tanımlanmadığında tetiklenir."},
    {"Offer an objection channel (a form, an address, an in-app flow) that suspends the result and sends it to a "
     "person, and describe it in objection.",
     "Sonucu askıya alıp bir kişiye yönlendiren bir itiraz kanalı (form, adres, uygulama içi akış) sunun ve objection "
     "ile tanımlayın."},
    "[action.block_account]\neffect = \"block\"\ntrigger = [\"fraud_score\"]\nhuman_review = \"before\"\n"
    "objection = \"https://acme.example/itiraz\"",
    "[action.block_account]\neffect = \"block\"\ntrigger = [\"fraud_score\"]   # a profiling score\nhuman_review = \"before\"\n# no objection",
    {{"default", {"Action '{0}' ({1}) is adverse and follows from profiling by {2}, but declares no way for the data subject to object (objection).",
                  "'{0}' eylemi ({1}) aleyhe sonuç doğuruyor ve {2} tarafından yapılan profillemeye dayanıyor ancak ilgili kişinin itiraz yolu (objection) tanımlanmamış."}}}};

class RightsObjectionChannelMissingCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& action : g.all(Kind::Action)) {
      if (!isAdverse(action) || action.has("objection")) continue;
      std::vector<const Entity*> profiling;
      for (const Entity* ai : triggers(g, action))
        if (isProfiling(*ai)) profiling.push_back(ai);
      if (profiling.empty()) continue;
      auto& f = out.add(action.header, "default", {action.id, action.text("effect").value_or(""), idList(profiling)}, {action.id});
      for (const Entity* ai : profiling) f.relate(ai, "kind");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeRightsObjectionChannelMissingCheck() {
  return std::make_unique<RightsObjectionChannelMissingCheck>();
}
}  // namespace crmflow
