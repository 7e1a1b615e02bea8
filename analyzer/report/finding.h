#pragma once
/// What a check reports: a rule, a place, the entities involved and the path that explains it.
/// Text is rendered later (report/messages) from the rule's English and Turkish templates.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/level.h"
#include "core/span.h"
#include "graph/graph.h"
#include "manifest/model.h"

namespace crmflow {

struct Text {
  std::string_view en, tr;
};

struct RuleInfo {
  std::string_view id;    ///< normative, e.g. "purpose/creep"
  std::string_view name;  ///< PascalCase, for SARIF `name`
  Level level;            ///< default level
  std::string_view kvkk, gdpr;  ///< article lists as in rules.md
  Text summary;           ///< one line: `crmflow rules`, SARIF shortDescription
  Text description;       ///< what it protects and when it triggers: SARIF fullDescription
  Text fix;               ///< how to fix, one paragraph
  std::string_view example;    ///< compliant manifest snippet (TOML)
  std::string_view violation;  ///< non-compliant manifest snippet (TOML)
  std::vector<std::pair<std::string_view, Text>> messages;  ///< message id -> template with {0}, {1}…
};

/// A message argument: entity ids stay as they are, prose gets both languages.
struct Arg {
  std::string en, tr;
  Arg(std::string s) : en(s), tr(std::move(s)) {}
  Arg(const char* s) : Arg(std::string(s)) {}
  Arg(std::string_view s) : Arg(std::string(s)) {}
  Arg(std::string e, std::string t) : en(std::move(e)), tr(std::move(t)) {}
};

struct Related {
  Span span;
  Kind kind;
  std::string id;
};

/// SARIF baselineState, when a baseline was given.
enum class BaselineState { None, New, Unchanged, Updated };

/// A result of the baseline that the current run no longer has.
struct AbsentResult {
  std::string ruleId;
  Level level = Level::Warning;
  std::string message;
  Span location;
  std::string fingerprint;
};

struct Finding {
  const RuleInfo* rule = nullptr;
  Level level = Level::Error;
  Span location;
  std::string_view messageId;
  std::vector<Arg> args;
  std::vector<Related> related;
  Path path;
  std::vector<std::string> identity;  ///< what the finding is about (rule + entity ids): its fingerprint
  std::optional<std::string> suppressed;  ///< the justification of the inline suppression that applies
  BaselineState baseline = BaselineState::None;

  Finding& relate(const Entity* e, std::string_view key = {}) {
    if (e) related.push_back({key.empty() ? e->header : e->at(key), e->kind, e->id});
    return *this;
  }
};

class Findings {
 public:
  explicit Findings(const RuleInfo& rule) : rule_(rule) {}
  /// `identity` names the subject (ids), so fingerprints survive moves and reformatting.
  Finding& add(Span at, std::string_view messageId, std::vector<Arg> args, std::vector<std::string> identity) {
    Finding f;
    f.rule = &rule_;
    f.level = rule_.level;
    f.location = std::move(at);
    f.messageId = messageId;
    f.args = std::move(args);
    f.identity = std::move(identity);
    items_.push_back(std::move(f));
    return items_.back();
  }
  std::vector<Finding>& items() { return items_; }

 private:
  const RuleInfo& rule_;
  std::vector<Finding> items_;
};

}  // namespace crmflow
