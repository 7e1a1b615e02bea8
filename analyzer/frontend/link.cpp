#include "frontend/link.h"

#include <algorithm>
#include <tuple>

namespace crmflow {
namespace {

constexpr int kMaxDepth = 12;           // nested call results within one function
constexpr int kMaxIterations = 64;      // summary fixpoint; monotone, so it stops earlier
constexpr std::size_t kMaxLabels = 64;  // per summary

bool sameLabel(const Label& a, const Label& b) { return a.kind == b.kind && a.id == b.id; }

void addLabel(std::vector<Label>& into, Label l) {
  if (into.size() >= kMaxLabels) return;
  for (const auto& x : into)
    if (sameLabel(x, l)) return;
  into.push_back(std::move(l));
}

std::vector<CodeStep> concat(std::vector<CodeStep> a, const std::vector<CodeStep>& b) {
  for (const auto& s : b)
    if (a.empty() || a.back().span != s.span || a.back().message != s.message) a.push_back(s);
  return a;
}

}  // namespace

std::string urlHost(const std::string& url) {
  std::string rest = url;
  if (auto scheme = rest.find("://"); scheme != std::string::npos) rest = rest.substr(scheme + 3);
  if (auto at = rest.find('@'); at != std::string::npos && at < rest.find('/')) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find_first_of("/:?#"));
  std::transform(rest.begin(), rest.end(), rest.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return rest;
}

bool hostMatches(const std::string& pattern, const std::string& host) {
  std::string p = pattern;
  std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (p.rfind("*.", 0) == 0) {
    std::string suffix = p.substr(1);
    return host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0;
  }
  return p == host;
}

CodeModel::CodeModel(std::vector<TuFacts> tus, SymbolRoles roles) : roles_(std::move(roles)), tus_(tus.size()) {
  for (auto& tu : tus) {
    for (auto& f : tu.functions)
      if (byName_.emplace(f.name, functions_.size()).second) functions_.push_back(std::move(f));
    for (auto& a : tu.annotations) annotations_.push_back(std::move(a));
    declared_.insert(tu.declared.begin(), tu.declared.end());
  }
  for (const auto& a : annotations_) {
    if (a.kind == "ai") roles_.ai.emplace(a.name, a.id);
    else if (a.kind == "action") roles_.action.emplace(a.name, a.id);
    else if (a.kind == "processor") roles_.processor.emplace(a.name, a.id);
    else if (a.kind == "consent") roles_.consent.emplace(a.name, a.id);
    else if (a.kind == "approval") roles_.approval.insert(a.name);
  }
  for (std::size_t f = 0; f < functions_.size(); ++f)
    for (std::size_t c = 0; c < functions_[f].calls.size(); ++c) callers_[functions_[f].calls[c].callee].push_back({f, c});
  summarize();
  findHits();
}

namespace {

/// "ns::Class::*" matches every member of the class; other names match exactly.
bool patternMatches(const std::string& pattern, const std::string& name) {
  if (pattern.size() > 1 && pattern.back() == '*')
    return name.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return pattern == name;
}

}  // namespace

std::string CodeModel::roleId(const std::map<std::string, std::string>& roles, const std::string& name) const {
  if (auto it = roles.find(name); it != roles.end()) return it->second;
  for (const auto& [pattern, id] : roles)
    if (patternMatches(pattern, name)) return id;
  return {};
}

bool CodeModel::matches(const std::set<std::string>& names, const std::string& name) const {
  if (names.count(name)) return true;
  return std::any_of(names.begin(), names.end(), [&](const std::string& p) { return patternMatches(p, name); });
}

bool CodeModel::declares(const std::string& name) const {
  if (declared_.count(name)) return true;
  if (name.size() > 1 && name.back() == '*') {
    std::string prefix = name.substr(0, name.size() - 1);
    auto it = declared_.lower_bound(prefix);
    return it != declared_.end() && it->compare(0, prefix.size(), prefix) == 0;
  }
  return false;
}

void CodeModel::resolve(std::size_t fn, const Origin& o, std::vector<Label>& out, std::set<int>* params, int depth) const {
  if (depth > kMaxDepth) return;
  const FunctionFact& f = functions_[fn];
  switch (o.kind) {
    case Origin::Kind::Data: addLabel(out, {Label::Kind::Data, o.data, o.steps}); return;
    case Origin::Kind::Param:
      if (params) params->insert(o.index);
      return;
    case Origin::Kind::CallResult: break;
  }
  if (o.index < 0 || static_cast<std::size_t>(o.index) >= f.calls.size()) return;
  const CallFact& c = f.calls[static_cast<std::size_t>(o.index)];
  if (std::string ai = roleId(roles_.ai, c.callee); !ai.empty()) {
    addLabel(out, {Label::Kind::AiResult, ai, o.steps});  // v1: an AI function's inputs do not pass through it
    return;
  }
  if (auto it = byName_.find(c.callee); it != byName_.end()) {
    for (const Label& l : retLabels_[it->second]) addLabel(out, {l.kind, l.id, concat(l.steps, o.steps)});
    for (int p : retParams_[it->second])
      if (p >= 0 && static_cast<std::size_t>(p) < c.args.size())
        for (const Origin& a : c.args[static_cast<std::size_t>(p)]) {
          std::vector<Label> inner;
          resolve(fn, a, inner, params, depth + 1);
          for (auto& l : inner) addLabel(out, {l.kind, l.id, concat(l.steps, o.steps)});
        }
    return;
  }
  if (!roleId(roles_.action, c.callee).empty() || !roleId(roles_.processor, c.callee).empty() ||
      !roleId(roles_.consent, c.callee).empty() || matches(roles_.approval, c.callee))
    return;  // their results are status flags, not the data passed in
  // A function crmflow has not seen (a library): its result carries its arguments and object.
  auto through = [&](const std::vector<Origin>& origins) {
    for (const Origin& a : origins) {
      std::vector<Label> inner;
      resolve(fn, a, inner, params, depth + 1);
      for (auto& l : inner) addLabel(out, {l.kind, l.id, concat(l.steps, o.steps)});
    }
  };
  for (const auto& arg : c.args) through(arg);
  through(c.object);
}

void CodeModel::summarize() {
  retLabels_.assign(functions_.size(), {});
  retParams_.assign(functions_.size(), {});
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    bool changed = false;
    for (std::size_t f = 0; f < functions_.size(); ++f) {
      std::vector<Label> labels = retLabels_[f];
      std::set<int> params = retParams_[f];
      for (const Origin& o : functions_[f].returns) resolve(f, o, labels, &params, 0);
      if (labels.size() != retLabels_[f].size() || params != retParams_[f]) {
        changed = true;
        retLabels_[f] = std::move(labels);
        retParams_[f] = std::move(params);
      }
    }
    if (!changed) break;
  }
}

void CodeModel::findHits() {
  struct Sink {
    CodeHit::Sink kind;
    std::string id, host;
  };
  // Pending flows from a function's parameter to a sink, applied at its callers.
  struct ParamFlow {
    std::size_t fn;
    int param;
    Sink sink;
    bool viaCondition;
    std::vector<CodeStep> steps;  // from the parameter to the sink
    std::vector<CallRef> chain;
  };
  std::vector<ParamFlow> work;
  std::set<std::tuple<std::size_t, int, std::string, std::string, bool, std::size_t, std::size_t>> seenFlows;
  std::set<std::tuple<int, std::string, int, std::string, bool, Span>> seenHits;

  auto addHit = [&](const Sink& s, const Label& l, bool viaCondition, const std::vector<CodeStep>& tail, std::vector<CallRef> chain) {
    const CallFact& sinkCall = functions_[chain.back().function].calls[chain.back().call];
    auto key = std::make_tuple(static_cast<int>(s.kind), s.id, static_cast<int>(l.kind), l.id, viaCondition, sinkCall.span);
    if (!seenHits.insert(key).second) return;
    CodeHit h;
    h.sink = s.kind;
    h.sinkId = s.id;
    h.host = s.host;
    h.label = {l.kind, l.id, concat(l.steps, tail)};
    h.viaCondition = viaCondition;
    h.call = sinkCall.span;
    h.chain = std::move(chain);
    hits_.push_back(std::move(h));
  };

  auto flowsFrom = [&](std::size_t fn, const std::vector<Origin>& origins, const Sink& s, bool viaCondition,
                       const std::vector<CodeStep>& tail, const std::vector<CallRef>& chain) {
    for (const Origin& o : origins) {
      std::vector<Label> labels;
      std::set<int> params;
      resolve(fn, o, labels, &params, 0);
      for (const Label& l : labels) addHit(s, l, viaCondition, tail, chain);
      for (int p : params) {
        // The steps from this parameter to the sink: the origin's own steps.
        std::vector<CodeStep> steps = o.kind == Origin::Kind::Param ? concat(o.steps, tail) : tail;
        auto key = std::make_tuple(fn, p, s.id, std::string(1, static_cast<char>('0' + static_cast<int>(s.kind))), viaCondition,
                                   chain.back().function, chain.back().call);
        if (seenFlows.insert(key).second && seenFlows.size() < 100000) work.push_back({fn, p, s, viaCondition, steps, chain});
      }
    }
  };

  for (std::size_t f = 0; f < functions_.size(); ++f) {
    const FunctionFact& fact = functions_[f];
    for (std::size_t k = 0; k < fact.calls.size(); ++k) {
      const CallFact& c = fact.calls[k];
      std::vector<Sink> sinks;
      if (auto id = roleId(roles_.ai, c.callee); !id.empty()) sinks.push_back({CodeHit::Sink::Ai, id, ""});
      if (auto id = roleId(roles_.action, c.callee); !id.empty()) sinks.push_back({CodeHit::Sink::Action, id, ""});
      if (auto id = roleId(roles_.processor, c.callee); !id.empty()) sinks.push_back({CodeHit::Sink::Processor, id, ""});
      for (const std::string& url : c.urls) {
        std::string host = urlHost(url);
        std::string processor;
        for (const auto& [pattern, id] : roles_.endpoints)
          if (processor.empty() && hostMatches(pattern, host)) processor = id;
        if (!processor.empty()) sinks.push_back({CodeHit::Sink::Processor, processor, host});
        else sinks.push_back({CodeHit::Sink::Network, url, host});
      }
      for (const Sink& s : sinks) {
        std::vector<CallRef> chain{{f, k}};
        for (const auto& arg : c.args) flowsFrom(f, arg, s, false, {}, chain);
        if (s.kind == CodeHit::Sink::Action) flowsFrom(f, c.decides, s, true, {}, chain);
        if (s.kind != CodeHit::Sink::Action)
          for (const auto& [arg, name] : c.personalNames) {
            // Only an argument that carries no mapped data at all is unclassified.
            std::vector<Label> labels;
            for (const Origin& o : c.args[static_cast<std::size_t>(arg)]) resolve(f, o, labels, nullptr, 0);
            if (std::any_of(labels.begin(), labels.end(), [](const Label& l) { return l.kind == Label::Kind::Data; })) continue;
            unmapped_.push_back({c.span, name, s.kind == CodeHit::Sink::Ai ? "AI function '" + s.id + "'"
                                               : s.kind == CodeHit::Sink::Processor ? "processor '" + s.id + "'"
                                                                                    : s.host});
          }
      }
    }
  }
  for (std::size_t i = 0; i < work.size(); ++i) {
    ParamFlow flow = work[i];  // copy: `work` grows below
    auto it = callers_.find(functions_[flow.fn].name);
    if (it == callers_.end()) continue;
    for (const CallRef& caller : it->second) {
      const CallFact& c = functions_[caller.function].calls[caller.call];
      if (flow.param < 0 || static_cast<std::size_t>(flow.param) >= c.args.size()) continue;
      std::vector<CallRef> chain{caller};
      chain.insert(chain.end(), flow.chain.begin(), flow.chain.end());
      if (chain.size() > 16) continue;  // recursion: the flow was found on a shorter chain
      flowsFrom(caller.function, c.args[static_cast<std::size_t>(flow.param)], flow.sink, flow.viaCondition, flow.steps, chain);
    }
  }
  std::sort(hits_.begin(), hits_.end(), [](const CodeHit& a, const CodeHit& b) {
    return std::tie(a.call, a.sink, a.sinkId, a.label.kind, a.label.id, a.viaCondition) <
           std::tie(b.call, b.sink, b.sinkId, b.label.kind, b.label.id, b.viaCondition);
  });
  std::sort(unmapped_.begin(), unmapped_.end(), [](const UnmappedUse& a, const UnmappedUse& b) {
    return std::tie(a.call, a.name, a.sink) < std::tie(b.call, b.name, b.sink);
  });
  unmapped_.erase(std::unique(unmapped_.begin(), unmapped_.end(), [](const UnmappedUse& a, const UnmappedUse& b) {
                    return a.call == b.call && a.name == b.name && a.sink == b.sink;
                  }), unmapped_.end());
}

std::vector<std::pair<CallRef, std::string>> CodeModel::aiCalls() const {
  std::vector<std::pair<CallRef, std::string>> out;
  for (std::size_t f = 0; f < functions_.size(); ++f)
    for (std::size_t k = 0; k < functions_[f].calls.size(); ++k)
      if (auto id = roleId(roles_.ai, functions_[f].calls[k].callee); !id.empty()) out.push_back({{f, k}, id});
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return callAt(a.first).span < callAt(b.first).span; });
  return out;
}

std::set<std::string> CodeModel::consentChecks(const std::string& id) const {
  std::set<std::string> out;
  for (const auto& [name, consent] : roles_.consent)
    if (consent == id) out.insert(name);
  return out;
}

bool CodeModel::callGuarded(const CallRef& ref, const std::set<std::string>& guards, bool voidCalls) const {
  const CallFact& c = functions_[ref.function].calls[ref.call];
  for (const auto& g : c.dominatingTrue)
    if (matches(guards, g)) return true;
  if (voidCalls)
    for (const auto& g : c.dominatingCalls)
      if (matches(guards, g)) return true;
  return false;
}

bool CodeModel::functionGuarded(std::size_t fn, const std::set<std::string>& guards, bool voidCalls, std::set<std::size_t>& seen) const {
  if (!seen.insert(fn).second) return false;
  auto it = callers_.find(functions_[fn].name);
  if (it == callers_.end() || it->second.empty()) return false;
  for (const CallRef& caller : it->second)
    if (!callGuarded(caller, guards, voidCalls) && !functionGuarded(caller.function, guards, voidCalls, seen)) return false;
  return true;
}

bool CodeModel::guarded(const CodeHit& hit, const std::set<std::string>& guards, bool voidCalls) const {
  for (const CallRef& ref : hit.chain)
    if (callGuarded(ref, guards, voidCalls)) return true;
  std::set<std::size_t> seen;
  return !hit.chain.empty() && functionGuarded(hit.chain.front().function, guards, voidCalls, seen);
}

}  // namespace crmflow
