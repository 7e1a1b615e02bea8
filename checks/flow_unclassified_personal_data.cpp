/// flow/unclassified-personal-data: an identifier that names personal data reaches an AI, processor or network call unmapped.
#include "checks/check.h"

namespace crmflow {
namespace {

const RuleInfo kInfo{
    "flow/unclassified-personal-data", "UnclassifiedPersonalData", Level::Note, "3/1-d, 4", "4(1), 30",
    {"A value whose name suggests personal data reaches an AI, processor or network call without a data mapping.",
     "Adı kişisel veri olduğunu düşündüren bir değer, veri eşlemesi olmadan bir yapay zekâ, veri işleyen veya ağ çağrısına ulaşıyor."},
    {"crmflow follows only the data the manifest or the annotations name; an e-mail, phone number, T.C. kimlik no, IBAN, "
     "address, birth date, card number or health field that is not mapped is invisible to every other rule. Triggers "
     "when such an identifier is an argument of an AI, processor or network call and carries no mapped data.",
     "crmflow yalnızca manifestin veya işaretlerin adlandırdığı verileri izler; eşlenmemiş bir e-posta, telefon, T.C. "
     "kimlik no, IBAN, adres, doğum tarihi, kart numarası veya sağlık alanı diğer tüm kurallar için görünmezdir. Böyle bir "
     "tanımlayıcı eşlenmiş veri taşımadan bir yapay zekâ, veri işleyen veya ağ çağrısının argümanı olduğunda tetiklenir."},
    {"Map the field in a [data] table's fields (or annotate it CRMFLOW_DATA(\"id\")), or rename it if it is not personal data.",
     "Alanı bir [data] tablosunun fields listesine ekleyin (ya da CRMFLOW_DATA(\"id\") ile işaretleyin) veya kişisel veri "
     "değilse yeniden adlandırın."},
    "[data.contact_phone]\ncategory = \"contact\"\npurposes = [\"support\"]\nfields = [\"acme::crm::Customer::phone\"]",
    "assistant.summarize(customer.phone);  // 'phone' is not mapped to any [data]",
    {{"default", {"'{0}' looks like personal data and reaches {1}, but no [data] maps it.",
                  "'{0}' kişisel veri gibi görünüyor ve {1} hedefine ulaşıyor, ancak hiçbir [data] onu eşlemiyor."}}}};

class FlowUnclassifiedPersonalDataCheck : public Check {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void run(const Graph& g, Findings& out) const override {
    if (!g.code()) return;
    for (const UnmappedUse& u : g.code()->unmapped()) out.add(u.call, "default", {u.name, u.sink}, {u.name, u.sink, u.call.file});
  }
};

}  // namespace
std::unique_ptr<Check> makeFlowUnclassifiedPersonalDataCheck() { return std::make_unique<FlowUnclassifiedPersonalDataCheck>(); }
}  // namespace crmflow
