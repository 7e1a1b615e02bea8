/// purpose/psychological-profiling: sentiment, emotion or psychographic inference without consent.
#include "checks/check.h"
#include "manifest/vocabulary.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "purpose/psychological-profiling", "PsychologicalProfiling", Level::Warning, "4/2-ç, 6", "5(1)(c), 9, 22",
    {"Sentiment, emotion or psychographic profiling runs without explicit consent.",
     "Duygu, duygu durumu veya psikografik profilleme açık rıza olmadan yapılıyor."},
    {"Inferring a customer's sentiment, emotions or personality goes beyond what CRM purposes need and, from voice, "
     "images or special-category data, touches KVKK Art. 6. Triggers when an AI function of kind sentiment, emotion or "
     "psychographic has a purpose not based on explicit consent, or no valid consent covers it; an error where an input "
     "is audiovisual or special.*, a warning otherwise.",
     "Müşterinin duygu durumunu, duygularını veya kişiliğini çıkarmak CRM amaçlarının gerektirdiğinin ötesine geçer; ses, "
     "görüntü veya özel nitelikli veriden yapıldığında KVKK m.6 kapsamına girer. sentiment, emotion veya psychographic "
     "türündeki bir yapay zekâ işlevinin amacı açık rızaya dayanmadığında ya da onu kapsayan geçerli bir rıza "
     "bulunmadığında tetiklenir; girdilerden biri audiovisual veya special.* ise hata, değilse uyarıdır."},
    {"Drop the inference, or base its purpose on explicit consent collected specifically for it and keep audiovisual "
     "and special-category inputs out.",
     "Bu çıkarımdan vazgeçin ya da amacını yalnızca bunun için alınan açık rızaya dayandırın ve görsel-işitsel ile özel "
     "nitelikli girdileri dışarıda tutun."},
    "[purpose.tone_feedback]\nkind = \"analytics\"\nlegal_basis = \"explicit_consent\"\n\n[consent.tone_optin]\n"
    "purposes = [\"tone_feedback\"]\nscope = \"specific\"\ninformed = true\nwithdrawable = true",
    "[ai.call_emotion]\nkind = \"emotion\"\npurpose = \"support\"              # rests on the contract\ninputs = [\"call_recordings\"]     # audiovisual: an error",
    {{"basis", {"'{0}' infers {1} for purpose '{2}', which rests on '{3}' rather than explicit consent{4}.",
                "'{0}', açık rıza yerine '{3}' hukuki sebebine dayanan '{2}' amacı için {1} çıkarımı yapıyor{4}."}},
     {"consent", {"'{0}' infers {1} for purpose '{2}', but no valid consent lists that purpose and covers its inputs{4}.",
                  "'{0}', '{2}' amacı için {1} çıkarımı yapıyor ancak bu amacı ve girdilerini kapsayan geçerli bir rıza yok{4}."}}}};

Arg inferred(std::string_view kind) {
  if (kind == "sentiment") return {"customers' sentiment", "müşterilerin duygu durumu"};
  if (kind == "emotion") return {"customers' emotions", "müşterilerin duyguları"};
  return {"customers' personality (psychographics)", "müşterilerin kişilik özellikleri (psikografik)"};
}

class PurposePsychologicalProfilingCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    for (const auto& ai : g.all(Kind::Ai)) {
      auto kind = ai.text("kind").value_or("");
      const Entity* purpose = g.purposeOf(ai);
      if (!purpose || !vocab::contains(vocab::psychologicalAiKinds, kind)) continue;
      auto basis = purpose->text("legal_basis").value_or("none");
      bool viaBasis = basis != "explicit_consent";
      if (!viaBasis && consentFor(g, ai)) continue;
      std::vector<const Entity*> sensitive;
      for (const Entity* d : inputs(g, ai)) {
        auto c = d->text("category").value_or("");
        if (c == "audiovisual" || vocab::isSpecialCategory(c)) sensitive.push_back(d);
      }
      Arg suffix("");
      if (!sensitive.empty()) suffix = Arg(", from audiovisual or special-category data (" + idList(sensitive) + ")",
                                           "; üstelik görsel-işitsel veya özel nitelikli veriden (" + idList(sensitive) + ")");
      auto& f = out.add(ai.at("kind"), viaBasis ? "basis" : "consent", {ai.id, inferred(kind), purpose->id, basis, suffix},
                        {ai.id, purpose->id});
      if (!sensitive.empty()) f.level = Level::Error;
      f.relate(purpose, "legal_basis");
      for (const Entity* d : sensitive) f.relate(d, "category");
    }
  }
};

}  // namespace
std::unique_ptr<Check> makePurposePsychologicalProfilingCheck() {
  return std::make_unique<PurposePsychologicalProfilingCheck>();
}
}  // namespace crmflow
