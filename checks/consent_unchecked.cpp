/// consent/unchecked: code calls a consent-based AI function without checking the consent first.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "consent/unchecked", "ConsentUnchecked", Level::Error, "5/1, 3/1-a", "6(1)(a), 7(3)",
    {"An AI function that rests on explicit consent is called where the consent was not checked.",
     "Açık rızaya dayanan bir yapay zekâ işlevi, rızanın denetlenmediği bir yerde çağrılıyor."},
    {"Consent given for a purpose covers only the people who gave it and only until they withdraw it, so the code must "
     "check it for each person before the AI function runs. Triggers when a call of an AI function whose purpose rests "
     "on explicit_consent is not dominated by a true result of a check function of a consent that lists that purpose "
     "(an early return on a false result counts; an unrelated if does not).",
     "Bir amaç için verilen rıza yalnızca onu veren kişileri ve ancak geri alınana kadar kapsar; bu nedenle kod, yapay "
     "zekâ işlevi çalışmadan önce her kişi için rızayı denetlemelidir. Amacı explicit_consent'e dayanan bir yapay zekâ "
     "işlevinin çağrısı, o amacı listeleyen bir rızanın check fonksiyonunun true sonucu tarafından baskın (dominate) "
     "değilse tetiklenir (false sonuçta erken dönüş sayılır; ilgisiz bir if sayılmaz)."},
    {"Call the consent's check function and run the AI function only on a true result; declare the function in the "
     "consent's check (or annotate it CRMFLOW_CONSENT(\"id\")).",
     "Rızanın check fonksiyonunu çağırın ve yapay zekâ işlevini yalnızca true sonuçta çalıştırın; fonksiyonu rızanın "
     "check listesine ekleyin (ya da CRMFLOW_CONSENT(\"id\") ile işaretleyin)."},
    "if (!consents.hasOffersOptIn(customer.id)) return;\nrecommender.recommend(customer);",
    "recommender.recommend(customer);  // no consent check on any path",
    {{"default", {"'{0}' is called for purpose '{1}', which rests on explicit consent, but no true result of a consent check ({2}) comes first on every path.",
                  "'{0}', açık rızaya dayanan '{1}' amacı için çağrılıyor ancak her yolda önce bir rıza denetiminin ({2}) true sonucu gelmiyor."}}}};

class ConsentUncheckedCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    const CodeModel* code = g.code();
    if (!code) return;
    for (const auto& [ref, aiId] : code->aiCalls()) {
      const Entity* ai = g.find(Kind::Ai, aiId);
      const Entity* purpose = ai ? g.purposeOf(*ai) : nullptr;
      if (!purpose || purpose->text("legal_basis") != "explicit_consent") continue;
      std::set<std::string> checks;
      for (const Edge* e : g.in(*purpose, EdgeKind::Covers)) {
        for (const auto& c : e->from->list("check")) checks.insert(c.text);
        for (const auto& c : code->consentChecks(e->from->id)) checks.insert(c);
      }
      CodeHit site;
      site.chain = {ref};
      if (!checks.empty() && code->guarded(site, checks, false)) continue;
      std::string names;
      for (const auto& c : checks) names += (names.empty() ? "" : ", ") + c;
      Arg which = names.empty() ? Arg("none is declared", "hiçbiri tanımlanmamış") : Arg(names);
      const Span& at = code->callAt(ref).span;
      auto& f = out.add(at, "default", {ai->id, purpose->id, which}, {ai->id, at.file, code->functions()[ref.function].name});
      f.relate(purpose, "legal_basis");
      for (const Edge* e : g.in(*purpose, EdgeKind::Covers)) f.relate(e->from);
    }
  }
};

}  // namespace
std::unique_ptr<Check> makeConsentUncheckedCheck() { return std::make_unique<ConsentUncheckedCheck>(); }
}  // namespace crmflow
