/// audit/decision-chain-unlogged: suggestion, decision and action are not logged as one chain.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "audit/decision-chain-unlogged", "DecisionChainUnlogged", Level::Warning, "12/1, 12/3", "5(2), 22(3)",
    {"An AI-driven action is not logged together with the AI output that drove it.",
     "Yapay zekânın yönlendirdiği bir eylem, onu doğuran yapay zekâ çıktısıyla birlikte kayıt altına alınmıyor."},
    {"To answer an objection or an audit the controller must show which AI output led to which decision and action. "
     "Triggers when an action's logged is not true, or an AI function that triggers it does not have logged = true; an "
     "error for adverse actions, a warning otherwise.",
     "Bir itiraza veya denetime yanıt verebilmek için veri sorumlusu hangi yapay zekâ çıktısının hangi karara ve eyleme "
     "yol açtığını gösterebilmelidir. Bir eylemde logged true değilse ya da onu tetikleyen bir yapay zekâ işlevinde "
     "logged = true yoksa tetiklenir; aleyhe eylemlerde hata, diğerlerinde uyarıdır."},
    {"Log each score or suggestion with its inputs' ids, the person's decision and the action under one correlation "
     "id, and declare logged = true on the action and its AI functions.",
     "Her skoru veya öneriyi girdilerinin kimlikleriyle, kişinin kararını ve eylemi tek bir ilişki kimliğiyle kaydedin; "
     "eylemde ve yapay zekâ işlevlerinde logged = true tanımlayın."},
    "[ai.lead_score]\nlogged = true\n\n[action.route_to_sales]\neffect = \"route\"\ntrigger = [\"lead_score\"]\nlogged = true",
    "[action.route_to_sales]\neffect = \"route\"\ntrigger = [\"lead_score\"]\n# no logged = true: the suggestion, decision and action cannot be traced",
    {{"default", {"The decision chain of action '{0}' is not fully logged: {1}.",
                  "'{0}' eyleminin karar zinciri bütünüyle kayıt altına alınmıyor: {1}."}}}};

class AuditDecisionChainUnloggedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& action : g.all(Kind::Action)) {
      std::vector<Arg> reasons;
      auto logged = action.flag("logged");
      if (!logged) reasons.emplace_back("the action does not declare logged = true", "eylemde logged = true tanımlanmamış");
      else if (!*logged) reasons.emplace_back("the action is not logged (logged = false)", "eylem kaydedilmiyor (logged = false)");
      std::vector<const Entity*> unlogged;
      for (const Entity* ai : triggers(g, action))
        if (ai->flag("logged") != true) unlogged.push_back(ai);
      if (!unlogged.empty())
        reasons.emplace_back("AI function " + idList(unlogged) + " does not log its outputs with their inputs",
                             idList(unlogged) + " yapay zekâ işlevi çıktılarını girdileriyle birlikte kaydetmiyor");
      if (reasons.empty()) continue;
      auto& f = out.add(action.at("logged"), "default", {action.id, joinClauses(reasons)}, {action.id});
      if (isAdverse(action)) f.level = Level::Error;
      for (const Entity* ai : unlogged) f.relate(ai, "logged");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeAuditDecisionChainUnloggedCheck() { return std::make_unique<AuditDecisionChainUnloggedCheck>(); }
}  // namespace crmflow
