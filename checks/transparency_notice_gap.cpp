/// transparency/notice-gap: AI purposes, profiling or transfers that no privacy notice tells about.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "transparency/notice-gap", "NoticeGap", Level::Warning, "10/1", "13, 14",
    {"A purpose, profiling or a cross-border transfer is not covered by any privacy notice.",
     "Bir amaç, profilleme veya yurt dışına aktarım hiçbir aydınlatma metninde yer almıyor."},
    {"When collecting personal data the controller must tell the data subject the purposes, the recipients and the "
     "transfers, and about profiling and automated decisions. Triggers when (a) a purpose served by an AI function is "
     "in no notice's purposes, (b) a profiling AI function's purpose is in no notice with profiling = true, or (c) data "
     "reaches a processor outside the domestic regions while no notice has transfers = true.",
     "Veri sorumlusu, kişisel verileri elde ederken ilgili kişiyi amaçlar, alıcılar ve aktarımlar ile profilleme ve "
     "otomatik kararlar hakkında aydınlatmalıdır. (a) Bir yapay zekâ işlevinin hizmet ettiği amaç hiçbir aydınlatma "
     "metninin purposes listesinde yoksa, (b) profilleme yapan bir işlevin amacı profiling = true olan hiçbir metinde "
     "yoksa veya (c) veri yurt dışındaki bir veri işleyene ulaştığı halde hiçbir metinde transfers = true yoksa "
     "tetiklenir."},
    {"Add the purpose to a [notice] (with profiling = true when AI profiles for it), or state the transfers abroad in "
     "a notice with transfers = true.",
     "Amacı bir [notice] tablosuna ekleyin (yapay zekâ bu amaçla profilleme yapıyorsa profiling = true ile) ya da yurt "
     "dışına aktarımları transfers = true olan bir aydınlatma metninde belirtin."},
    "[notice.customer_privacy]\npurposes = [\"sales\", \"churn_marketing\"]\nprofiling = true\ntransfers = true\n"
    "ref = \"https://acme.example/aydinlatma\"",
    "[notice.customer_privacy]\npurposes = [\"sales\"]   # churn_marketing is served by AI but not listed\nprofiling = false",
    {{"purpose", {"Privacy notices do not cover purpose '{0}': {1}.", "Aydınlatma metinleri '{0}' amacını kapsamıyor: {1}."}},
     {"transfer", {"Personal data reaches processor '{0}' in {1}, outside the domestic regions, but no privacy notice mentions transfers abroad (transfers = true).",
                   "Kişisel veriler yurt dışındaki ({1}) '{0}' veri işleyenine ulaşıyor ancak hiçbir aydınlatma metni yurt dışına aktarımdan söz etmiyor (transfers = true)."}}}};

class TransparencyNoticeGapCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& purpose : g.all(Kind::Purpose)) {
      std::vector<const Entity*> served, profiling;
      for (const Edge* e : g.in(purpose, EdgeKind::Serves)) {
        served.push_back(e->from);
        if (isProfiling(*e->from)) profiling.push_back(e->from);
      }
      if (served.empty()) continue;
      bool told = false, toldProfiling = false;
      for (const Edge* e : g.in(purpose, EdgeKind::Tells)) {
        told = true;
        toldProfiling = toldProfiling || e->from->flag("profiling") == true;
      }
      std::vector<Arg> reasons;
      if (!told) reasons.emplace_back("no notice lists it, though AI function " + idList(served) + " serves it",
                                      idList(served) + " yapay zekâ işlevi bu amaca hizmet ettiği halde hiçbir aydınlatma metni bu amacı içermiyor");
      if (!profiling.empty() && !toldProfiling)
        reasons.emplace_back("no notice that explains profiling (profiling = true) lists it, though " + idList(profiling) + " profiles for it",
                             idList(profiling) + " bu amaçla profilleme yaptığı halde profillemeyi açıklayan (profiling = true) hiçbir aydınlatma metni bu amacı içermiyor");
      if (reasons.empty()) continue;
      auto& f = out.add(purpose.header, "purpose", {purpose.id, joinClauses(reasons)}, {"purpose", purpose.id});
      for (const Entity* ai : served) f.relate(ai, "purpose");
    }
    bool transfersTold = false;
    for (const auto& n : g.all(Kind::Notice)) transfersTold = transfersTold || n.flag("transfers") == true;
    if (transfersTold) return;
    for (const auto& reach : g.reachedProcessors()) {
      auto region = reach.processor->text("region").value_or("");
      if (g.isDomestic(region)) continue;
      auto& f = out.add(reach.processor->at("region"), "transfer", {reach.processor->id, region}, {"processor", reach.processor->id});
      f.path = reach.witness;
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeTransparencyNoticeGapCheck() { return std::make_unique<TransparencyNoticeGapCheck>(); }
}  // namespace crmflow
