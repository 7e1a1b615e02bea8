/// decision/automated-adverse: an adverse action takes effect without a person deciding first.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "decision/automated-adverse", "AutomatedAdverseDecision", Level::Error, "11/1-g", "22(1)–(3)",
    {"An adverse action driven by AI takes effect without prior human approval.",
     "Yapay zekânın yönlendirdiği aleyhe bir eylem, önceden insan onayı olmadan uygulanıyor."},
    {"A result against the data subject that arises solely from automated analysis can be objected to (KVKK Art. "
     "11/1-g), and GDPR Art. 22 forbids it in most cases: the AI suggests, a person approves each case, then the action "
     "runs. Triggers when an adverse action (by effect, or adverse = true) has human_review \"none\" or \"after\", or "
     "no human_review.",
     "Münhasıran otomatik sistemlerle yapılan analiz sonucu ilgili kişinin aleyhine doğan sonuçlara itiraz edilebilir "
     "(KVKK m.11/1-g) ve GDPR m.22 bunu çoğu durumda yasaklar: yapay zekâ önerir, her vakayı bir kişi onaylar, sonra eylem "
     "uygulanır. Aleyhe bir eylemde (effect değerine göre ya da adverse = true) human_review \"none\" veya \"after\" "
     "olduğunda ya da hiç tanımlanmadığında tetiklenir."},
    {"Route every case to a person who sees the inputs and can override, and declare human_review = \"before\" with "
     "the approval function in approval.",
     "Her vakayı girdileri görebilen ve kararı değiştirebilen bir kişiye yönlendirin; human_review = \"before\" tanımlayıp "
     "onay fonksiyonunu approval ile belirtin."},
    "[action.block_account]\neffect = \"block\"\ntrigger = [\"fraud_score\"]\nhuman_review = \"before\"\n"
    "approval = [\"acme::review::ApprovalQueue::approve\"]",
    "[action.block_account]\neffect = \"block\"\ntrigger = [\"fraud_score\"]\nhuman_review = \"none\"",
    {{"code", {"The result of AI function '{0}' {1} adverse action '{2}' here, on a path that passes no approval function.",
               "'{0}' yapay zekâ işlevinin sonucu burada aleyhe '{2}' eylemini {1}; bu yol hiçbir onay fonksiyonundan geçmiyor."}},
     {"default", {"Action '{0}' ({1}) is adverse and is triggered by {2} with {3}; a person must approve each case before it takes effect.",
                  "'{0}' eylemi ({1}) ilgili kişinin aleyhine sonuç doğuruyor ve {2} tarafından tetikleniyor; {3}. Her karar uygulanmadan önce bir kişi tarafından onaylanmalı."}}}};

Arg review(std::optional<std::string_view> value) {
  if (!value) return {"no human review declared", "insan denetimi tanımlanmamış"};
  if (*value == "after") return {"review only after it has taken effect", "inceleme ancak eylem uygulandıktan sonra yapılıyor"};
  return {"no human review", "insan denetimi yok"};
}

class DecisionAutomatedAdverseCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& action : g.all(Kind::Action)) {
      auto hr = action.text("human_review");
      if (!isAdverse(action) || hr == "before" || hr == "bulk") continue;
      auto ais = triggers(g, action);
      auto& f = out.add(action.at("human_review"), "default",
                        {action.id, action.text("effect").value_or(""), idList(ais), review(hr)}, {action.id});
      for (const Entity* ai : ais) f.relate(ai);
    }
    runOnCode(g, out);
  }

 private:
  /// In code: an AI-derived value reaches (or decides) an adverse action's call without an approval on the way.
  static void runOnCode(const Graph& g, Findings& out) {
    const CodeModel* code = g.code();
    if (!code) return;
    for (const CodeHit& h : code->hits()) {
      if (h.sink != CodeHit::Sink::Action || h.label.kind != Label::Kind::AiResult) continue;
      const Entity* action = g.find(Kind::Action, h.sinkId);
      if (!action || !isAdverse(*action)) continue;
      std::set<std::string> approvals = code->approvals();
      for (const auto& a : action->list("approval")) approvals.insert(a.text);
      if (code->guarded(h, approvals, true)) continue;
      Arg how = h.viaCondition ? Arg("decides whether to run", "çalıştırıp çalıştırmayacağına karar veriyor")
                               : Arg("is passed to", "çağrısına aktarılıyor");
      auto& f = out.add(h.call, "code", {h.label.id, how, action->id}, {"code", action->id, h.label.id, h.call.file});
      f.path = codePath(h.label.steps);
      f.relate(action, "human_review").relate(g.find(Kind::Ai, h.label.id));
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeDecisionAutomatedAdverseCheck() { return std::make_unique<DecisionAutomatedAdverseCheck>(); }
}  // namespace crmflow
