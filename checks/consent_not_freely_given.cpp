/// consent/not-freely-given: pre-ticked, conditional, bundled, uninformed or irrevocable consent.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "consent/not-freely-given", "ConsentNotFreelyGiven", Level::Error, "3/1-a, 10", "7(2)–(4)",
    {"A consent is not informed and freely given.", "Bir rıza bilgilendirmeye dayalı ve özgür iradeyle verilmiş değil."},
    {"Explicit consent must be informed and given with free will: a pre-ticked box, a service refused without it, "
     "consent hidden in the privacy notice or contract, or consent that cannot be withdrawn as easily as given is not "
     "valid consent. Triggers when a consent has pre_ticked, condition_of_service or bundled_with_notice set to true, "
     "or informed or withdrawable set to false.",
     "Açık rıza bilgilendirmeye dayanmalı ve özgür iradeyle verilmelidir: önceden işaretlenmiş kutu, rıza verilmezse "
     "reddedilen hizmet, aydınlatma metni veya sözleşme içine gizlenmiş rıza ya da verildiği kadar kolay geri "
     "alınamayan rıza geçerli değildir. pre_ticked, condition_of_service veya bundled_with_notice true ya da informed "
     "veya withdrawable false olduğunda tetiklenir."},
    {"Ask for the consent separately from the notice and the contract, with an unticked box, after informing the "
     "person, without making the service depend on it, and with a withdrawal as easy as the opt-in.",
     "Rızayı aydınlatmadan sonra, aydınlatma metninden ve sözleşmeden ayrı, işaretlenmemiş bir kutuyla, hizmeti buna "
     "bağlamadan ve verildiği kadar kolay geri alınabilir şekilde isteyin."},
    "[consent.campaign_optin]\npurposes = [\"campaigns\"]\nscope = \"specific\"\ninformed = true\nwithdrawable = true\n"
    "pre_ticked = false\ncondition_of_service = false\nbundled_with_notice = false",
    "[consent.signup_checkbox]\npurposes = [\"campaigns\"]\npre_ticked = true\ncondition_of_service = true",
    {{"default", {"Consent '{0}' is not freely given: {1}.", "'{0}' rızası özgür iradeyle verilmiş sayılmaz: {1}."}}}};

Arg reason(std::string_view key) {
  if (key == "pre_ticked") return {"the box is pre-ticked", "onay kutusu önceden işaretlenmiş"};
  if (key == "condition_of_service") return {"the service is refused without it", "rıza verilmezse hizmet verilmiyor"};
  if (key == "bundled_with_notice") return {"it is asked inside the privacy notice or the contract", "aydınlatma metni veya sözleşme içinde isteniyor"};
  if (key == "informed") return {"the person was not informed when it was collected", "alınırken ilgili kişi aydınlatılmamış"};
  return {"it cannot be withdrawn as easily as it was given", "verildiği kadar kolay geri alınamıyor"};
}

class ConsentNotFreelyGivenCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& consent : g.all(Kind::Consent)) {
      auto keys = notFreelyGivenKeys(consent);
      if (keys.empty()) continue;
      std::vector<Arg> reasons;
      for (const Field* f : keys) reasons.push_back(reason(f->key));
      out.add(keys.front()->span(), "default", {consent.id, joinClauses(reasons)}, {consent.id});
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeConsentNotFreelyGivenCheck() { return std::make_unique<ConsentNotFreelyGivenCheck>(); }
}  // namespace crmflow
