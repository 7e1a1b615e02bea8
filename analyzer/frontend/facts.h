#pragma once
/// Facts the C++ frontend extracts from one translation unit: plain data, no Clang types, so
/// they outlive the AST, can be joined across TUs in a link step, and could be cached per TU.
#include <map>
#include <tuple>
#include <string>
#include <vector>

#include "core/span.h"

namespace crmflow {

/// One step of a code path: where a value went and how.
struct CodeStep {
  Span span;
  std::string message;  ///< English; e.g. "assigned to 'payload'"
};

/// Where a value inside a function comes from.
struct Origin {
  enum class Kind { Data, Param, CallResult };
  Kind kind = Kind::Data;
  std::string data;        ///< Kind::Data: the data id
  int index = -1;          ///< Kind::Param: parameter index; Kind::CallResult: call index in the function
  std::vector<CodeStep> steps;  ///< from the source read (or the parameter) to where it is used
  bool operator<(const Origin& o) const {
    return std::tie(kind, data, index) < std::tie(o.kind, o.data, o.index);
  }
};

/// A call inside a function body, with what each argument carries.
struct CallFact {
  std::string callee;   ///< qualified name ("acme::ai::ChurnModel::predict")
  Span span;            ///< the call expression
  std::vector<std::vector<Origin>> args;  ///< per argument (the object of a member call is not an argument)
  std::vector<std::string> urls;          ///< string literals among the arguments that look like URLs
  std::vector<std::string> dominatingTrue;  ///< callees whose true result dominates this call (consent checks)
  std::vector<std::string> dominatingCalls;  ///< callees called on every path before this call (approvals)
  std::vector<Origin> decides;  ///< values the branch conditions controlling this call depend on
  std::vector<Origin> object;   ///< what the object of a member call carries
  std::vector<std::pair<int, std::string>> personalNames;  ///< (argument, identifier) that look like personal data
  bool voidResult = false;
};

struct FunctionFact {
  std::string name;      ///< qualified
  Span span;             ///< the function's name
  std::string purpose;   ///< crmflow:purpose= on the function, its class or namespace
  std::vector<CallFact> calls;
  std::vector<Origin> returns;      ///< what the return value carries
  std::vector<Origin> dataReads;    ///< personal data read in the body (for code purpose creep)
};

/// A crmflow annotation seen on a declaration (function, field, variable, parameter).
struct AnnotationFact {
  std::string name;   ///< qualified name of the declaration
  std::string kind;   ///< data, ai, action, approval, consent, purpose, processor
  std::string id;
  Span span;
};

struct TuFacts {
  std::string file;                        ///< the main source file, root-relative
  std::vector<FunctionFact> functions;
  std::vector<AnnotationFact> annotations;
  std::vector<std::string> declared;       ///< every function/field/variable name declared (unresolved-symbol)
  std::vector<std::string> errors;         ///< compiler errors: the TU was not analyzed
};

}  // namespace crmflow
