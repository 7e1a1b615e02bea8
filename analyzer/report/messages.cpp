#include "report/messages.h"

#include "core/strings.h"

namespace crmflow {

std::string_view pick(const Text& text, Lang lang) { return lang == Lang::Tr ? text.tr : text.en; }

Regimes regimesOf(const Graph* graph) {
  if (!graph) return {};
  return {graph->regime("kvkk"), graph->regime("gdpr")};
}

std::string legalReferences(const RuleInfo& rule, Lang lang, Regimes regimes) {
  const std::string art = lang == Lang::Tr ? "m. " : "Art. ";
  std::string out;
  if (regimes.kvkk && !rule.kvkk.empty()) out += "KVKK " + art + std::string(rule.kvkk);
  if (regimes.gdpr && !rule.gdpr.empty()) out += (out.empty() ? "" : "; ") + std::string("GDPR ") + art + std::string(rule.gdpr);
  return out;
}

std::string renderMessage(const Finding& f, Lang lang, Regimes regimes, bool withReferences) {
  std::string_view tmpl;
  for (const auto& [id, text] : f.rule->messages)
    if (id == f.messageId) tmpl = pick(text, lang);
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}' && std::isdigit(static_cast<unsigned char>(tmpl[i + 1]))) {
      std::size_t n = static_cast<std::size_t>(tmpl[i + 1] - '0');
      if (n < f.args.size()) out += lang == Lang::Tr ? f.args[n].tr : f.args[n].en;
      i += 2;
    } else {
      out += tmpl[i];
    }
  }
  std::string refs = withReferences ? legalReferences(*f.rule, lang, regimes) : std::string();
  if (!refs.empty()) {
    if (!out.empty() && out.back() == '.') out.pop_back();
    out += " (" + refs + ").";
  }
  return out;
}

std::string entityLabel(Kind kind, std::string_view id, Lang lang) {
  static constexpr std::pair<std::string_view, std::string_view> labels[] = {
      // Turkish labels follow the quoted id, so they take the possessive ("'x' amacı").
      {"controller", "veri sorumlusu"}, {"data", "verisi"},       {"purpose", "amacı"},
      {"consent", "rızası"},            {"AI function", "yapay zekâ işlevi"},
      {"processor", "veri işleyeni"},   {"action", "eylemi"},     {"notice", "aydınlatma metni"},
      {"code settings", "kod ayarları"}, {"policy", "politika"}};
  const auto& [en, tr] = labels[static_cast<int>(kind)];
  std::string label(lang == Lang::Tr ? tr : en);
  if (id.empty()) return "[" + std::string(kindTable(kind)) + "]";
  return lang == Lang::Tr ? "'" + std::string(id) + "' " + label : label + " '" + std::string(id) + "'";
}

/// Code steps come from the frontend in English ("assigned to 'x'"); Turkish swaps the verbs.
std::string codeStepMessage(const std::string& en, Lang lang) {
  std::string text = en;
  if (lang == Lang::Tr) {
    static const std::pair<std::string_view, std::string_view> verbs[] = {
        {"personal data ", "kişisel veri "}, {" read from ", ", şuradan okunuyor: "}, {"assigned to ", "şuna atanıyor: "},
        {"stored in ", "şurada saklanıyor: "}, {"passed to ", "şuna aktarılıyor: "}, {"used by ", "şunda kullanılıyor: "},
        {"result of ", "şunun sonucu: "}, {"returned", "döndürülüyor"}, {"parameter ", "parametre "},
        {"captured by a lambda", "bir lambda tarafından yakalanıyor"}, {"element ", "öğe "},
        {"decides whether ", "şunun çalışıp çalışmayacağını belirliyor: "}, {" runs", ""}};
    for (const auto& [from, to] : verbs)
      for (std::size_t p; (p = text.find(from)) != std::string::npos;) text.replace(p, from.size(), to);
  }
  if (text.rfind("ş", 0) == 0) text.replace(0, std::string("ş").size(), "Ş");  // the Turkish steps' first letter
  else if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text + ".";
}

std::string stepMessage(const PathStep& s, Lang lang) {
  const bool tr = lang == Lang::Tr;
  switch (s.what) {
    case PathStep::What::Data:
      return tr ? "Kişisel veri '" + s.subject + "' (" + s.detail + ") burada tanımlı."
                : "Personal data '" + s.subject + "' (" + s.detail + ") is declared here.";
    case PathStep::What::ReadByAi:
      return tr ? "'" + s.subject + "' yapay zekâ işlevi bu veriyi okuyor." : "AI function '" + s.subject + "' reads it.";
    case PathStep::What::RunsOn:
      return tr ? "Veri, " + s.detail + " bölgesindeki '" + s.subject + "' veri işleyenine gönderiliyor."
                : "It is sent to processor '" + s.subject + "' in " + s.detail + ".";
    case PathStep::What::SubProcessor:
      return tr ? "Veri, " + s.detail + " bölgesindeki '" + s.subject + "' alt veri işleyenine aktarılıyor."
                : "It is passed on to sub-processor '" + s.subject + "' in " + s.detail + ".";
    case PathStep::What::Code: return codeStepMessage(s.detail, lang);
  }
  return {};
}

std::string pathSummary(const Path& path, Lang lang) {
  std::string out;
  for (const auto& s : path) {
    if (!out.empty()) out += " → ";
    switch (s.what) {
      case PathStep::What::Data: out += entityLabel(Kind::Data, s.subject, lang); break;
      case PathStep::What::ReadByAi: out += entityLabel(Kind::Ai, s.subject, lang); break;
      case PathStep::What::RunsOn:
      case PathStep::What::SubProcessor: out += entityLabel(Kind::Processor, s.subject, lang) + " (" + s.detail + ")"; break;
      case PathStep::What::Code: out += "`" + s.span.file + ":" + std::to_string(s.span.line) + "`"; break;
    }
  }
  return out;
}

namespace {

/// The parts of a rule's help, shared by `crmflow explain`, SARIF help.markdown and help.text.
struct HelpParts {
  std::string references, suppress;
};

HelpParts helpParts(const RuleInfo& rule, Lang lang) {
  const bool tr = lang == Lang::Tr;
  HelpParts p;
  p.references = legalReferences(rule, lang, Regimes{true, true});
  if (p.references.empty()) p.references = tr ? "(yok: crmflow'un kendi kuralı)" : "(none: a crmflow rule)";
  std::string comment = "# crmflow: ignore[" + std::string(rule.id) + "] <" + (tr ? "gerekçe" : "justification") + ">";
  p.suppress = tr ? "Bulgunun satırına veya bir üst satırına `" + comment +
                        "` yazın (C++ kodunda `//` ile). Gerekçe zorunludur; bastırılan bulgular SARIF'te kalır ve "
                        "CI'ı durdurmaz. Kuralı tümüyle kapatmak için: `[policy] disable = [\"" + std::string(rule.id) + "\"]`."
                  : "Put `" + comment +
                        "` on the finding's line or the line above (`//` in C++ code). The justification is required; "
                        "suppressed findings stay in SARIF and do not fail the run. To turn the rule off: `[policy] "
                        "disable = [\"" + std::string(rule.id) + "\"]`.";
  return p;
}

}  // namespace

std::string helpText(const RuleInfo& rule, Lang lang) {
  const bool tr = lang == Lang::Tr;
  HelpParts p = helpParts(rule, lang);
  return std::string(rule.id) + ": " + std::string(pick(rule.summary, lang)) + "\n\n" + std::string(pick(rule.description, lang)) +
         "\n\n" + (tr ? "Dayanak: " : "Legal references: ") + p.references + "\n\n" +
         (tr ? "Uyumsuz örnek:\n" : "Non-compliant:\n") + std::string(rule.violation) + "\n\n" +
         (tr ? "Uyumlu örnek:\n" : "Compliant:\n") + std::string(rule.example) + "\n\n" +
         (tr ? "Düzeltme: " : "How to fix: ") + std::string(pick(rule.fix, lang)) + "\n\n" +
         (tr ? "Bastırma: " : "How to suppress: ") + p.suppress + "\n";
}

/// A fenced snippet: C++ for code rules' examples, TOML for manifests.
std::string fence(std::string_view snippet) {
  bool cxx = snippet.find(';') != std::string_view::npos && snippet.find('(') != std::string_view::npos;
  return std::string("```") + (cxx ? "cpp" : "toml") + "\n" + std::string(snippet) + "\n```\n\n";
}

std::string helpMarkdown(const RuleInfo& rule, Lang lang) {
  const bool tr = lang == Lang::Tr;
  HelpParts p = helpParts(rule, lang);
  return "# " + std::string(rule.id) + "\n\n" + std::string(pick(rule.summary, lang)) + "\n\n" +
         std::string(pick(rule.description, lang)) + "\n\n" +
         (tr ? "**Dayanak:** " : "**Legal references:** ") + p.references + "\n\n" +
         (tr ? "**Uyumsuz örnek:**\n\n" : "**Non-compliant:**\n\n") + fence(rule.violation) +
         (tr ? "**Uyumlu örnek:**\n\n" : "**Compliant:**\n\n") + fence(rule.example) +
         (tr ? "**Düzeltme:** " : "**How to fix:** ") + std::string(pick(rule.fix, lang)) + "\n\n" +
         (tr ? "**Bastırma:** " : "**How to suppress:** ") + p.suppress + "\n";
}

std::string fingerprint(const Finding& f) {
  std::string key(f.rule->id);
  key += '\x1f';
  key += f.messageId;
  for (const auto& id : f.identity) key += '\x1f' + id;
  return stableHash(key);
}

}  // namespace crmflow
