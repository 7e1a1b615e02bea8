#pragma once
/// The link step: joins the facts of every TU (summaries per function, applied at call sites
/// across TUs until nothing changes) into concrete flows: which personal data or AI result
/// reaches which AI function, action, processor or network call, along which code path.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "frontend/facts.h"

namespace crmflow {

/// What a function name means to crmflow, from annotations and the manifest's symbols, check,
/// approval and endpoints.
struct SymbolRoles {
  std::map<std::string, std::string> ai, action, processor, consent;  ///< name (or "ns::Class::*") -> id
  std::set<std::string> approval;                                    ///< names (or patterns)
  std::vector<std::pair<std::string, std::string>> endpoints;       ///< host pattern -> processor id
};

/// A concrete value: personal data, or the result of an AI function.
struct Label {
  enum class Kind { Data, AiResult };
  Kind kind = Kind::Data;
  std::string id;
  std::vector<CodeStep> steps;
};

struct CallRef {
  std::size_t function = 0;  ///< index into CodeModel::functions
  std::size_t call = 0;      ///< index into that function's calls
};

struct CodeHit {
  enum class Sink { Ai, Action, Processor, Network };
  Sink sink = Sink::Ai;
  std::string sinkId;       ///< ai/action/processor id; for Network the URL
  std::string host;         ///< Network: the URL's host
  Label label;
  bool viaCondition = false;  ///< reached through a branch condition that decides whether the call runs
  Span call;
  std::vector<CallRef> chain;  ///< call sites from the outermost caller down to the sink call
};

struct UnmappedUse {
  Span call;
  std::string name;        ///< the identifier
  std::string sink;        ///< what it reaches ("AI function 'x'", "processor 'y'", a URL)
};

class CodeModel {
 public:
  CodeModel(std::vector<TuFacts> tus, SymbolRoles roles);

  const std::vector<CodeHit>& hits() const { return hits_; }
  const std::vector<UnmappedUse>& unmapped() const { return unmapped_; }
  /// Every call of an AI function, whatever it is passed: (call site, AI id), in source order.
  std::vector<std::pair<CallRef, std::string>> aiCalls() const;
  const CallFact& callAt(const CallRef& ref) const { return functions_[ref.function].calls[ref.call]; }
  /// Approval functions: annotated `crmflow:approval` plus the manifest's `approval` names.
  const std::set<std::string>& approvals() const { return roles_.approval; }
  /// Functions annotated or listed as checking consent `id`.
  std::set<std::string> consentChecks(const std::string& id) const;
  const std::vector<FunctionFact>& functions() const { return functions_; }
  const std::vector<AnnotationFact>& annotations() const { return annotations_; }
  /// Every declared name in the analyzed code, for flow/unresolved-symbol.
  bool declares(const std::string& nameOrPattern) const;
  /// A name's role, from annotations or manifest symbols (patterns like "ns::Class::*" included).
  std::string roleId(const std::map<std::string, std::string>& roles, const std::string& name) const;
  bool matches(const std::set<std::string>& names, const std::string& name) const;
  /// Is the hit's call guarded by one of `guards`: a true result dominating a call site on its
  /// chain, or (with `voidCallsCount`) a void call of one of them before it on every path, or
  /// every caller of the outermost function guarded in turn.
  bool guarded(const CodeHit& hit, const std::set<std::string>& guards, bool voidCallsCount) const;
  std::size_t translationUnits() const { return tus_; }

 private:
  struct LabelSet;
  void summarize();
  void findHits();
  void resolve(std::size_t fn, const Origin& o, std::vector<Label>& out, std::set<int>* params, int depth) const;
  bool callGuarded(const CallRef& ref, const std::set<std::string>& guards, bool voidCalls) const;
  bool functionGuarded(std::size_t fn, const std::set<std::string>& guards, bool voidCalls, std::set<std::size_t>& seen) const;

  std::vector<FunctionFact> functions_;
  std::vector<AnnotationFact> annotations_;
  std::set<std::string> declared_;
  SymbolRoles roles_;
  std::map<std::string, std::size_t> byName_;
  std::vector<std::vector<Label>> retLabels_;
  std::vector<std::set<int>> retParams_;
  std::map<std::string, std::vector<CallRef>> callers_;
  std::vector<CodeHit> hits_;
  std::vector<UnmappedUse> unmapped_;
  std::size_t tus_ = 0;
};

/// The host of a URL ("https://api.openai.com/v1/x" -> "api.openai.com").
std::string urlHost(const std::string& url);
/// `*.salesforce.com` matches `acme.my.salesforce.com`; patterns without `*` match exactly.
bool hostMatches(const std::string& pattern, const std::string& host);

}  // namespace crmflow
