/// decision/nominal-human-review: adverse actions approved in bulk, without a person seeing each case.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "decision/nominal-human-review", "NominalHumanReview", Level::Warning, "11/1-g", "22",
    {"An adverse action is approved in bulk, so no person really decides each case.",
     "Aleyhe bir eylem toplu onaylanıyor; her vakaya gerçekte bir kişi karar vermiyor."},
    {"Approving AI decisions in batches without looking at each case leaves the decision solely automated in effect. "
     "Triggers when an adverse action has human_review = \"bulk\".",
     "Yapay zekâ kararlarının vakalara tek tek bakılmadan toplu onaylanması, kararı fiilen münhasıran otomatik bırakır. "
     "Aleyhe bir eylemde human_review = \"bulk\" olduğunda tetiklenir."},
    {"Have a person review each case with its inputs before the action runs (human_review = \"before\").",
     "Eylem uygulanmadan önce her vakanın girdileriyle birlikte bir kişi tarafından incelenmesini sağlayın "
     "(human_review = \"before\")."},
    "[action.drop_cold_leads]\neffect = \"drop_lead\"\ntrigger = [\"lead_score\"]\nhuman_review = \"before\"",
    "[action.drop_cold_leads]\neffect = \"drop_lead\"\ntrigger = [\"lead_score\"]\nhuman_review = \"bulk\"",
    {{"default", {"Action '{0}' ({1}) is adverse and its human review is 'bulk': cases are approved in batches without a person seeing each one.",
                  "'{0}' eylemi ({1}) aleyhe sonuç doğuruyor ve insan denetimi 'bulk': vakalar tek tek incelenmeden toplu olarak onaylanıyor."}}}};

class DecisionNominalHumanReviewCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& action : g.all(Kind::Action))
      if (isAdverse(action) && action.text("human_review") == "bulk")
        out.add(action.at("human_review"), "default", {action.id, action.text("effect").value_or("")}, {action.id});
  }
};

}  // namespace
std::unique_ptr<Check> makeDecisionNominalHumanReviewCheck() { return std::make_unique<DecisionNominalHumanReviewCheck>(); }
}  // namespace crmflow
