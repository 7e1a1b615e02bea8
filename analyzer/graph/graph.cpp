#include "graph/graph.h"

#include <algorithm>
#include <deque>
#include <set>

namespace crmflow {

Graph::Graph(Manifest manifest, std::shared_ptr<const CodeModel> code) : manifest_(std::move(manifest)), code_(std::move(code)) {
  addEdges();
  computeReach();
}

Path codePath(const std::vector<CodeStep>& steps) {
  Path p;
  for (const auto& s : steps) p.push_back({PathStep::What::Code, "", s.message, s.span});
  return p;
}

/// Data -> AI function edges seen in code count as declared (unless the manifest declares them),
/// and data sent to a processor in code reaches it.
void Graph::addCodeEdges() {
  if (!code_) return;
  std::set<std::pair<const Entity*, const Entity*>> reads, sends;  // (data, AI function or processor)
  for (const auto& e : edges_)
    if (e.kind == EdgeKind::Reads) reads.insert({e.from, e.to});
  for (const CodeHit& h : code_->hits()) {
    if (h.label.kind != Label::Kind::Data) continue;
    const Entity* data = find(Kind::Data, h.label.id);
    if (!data) continue;
    if (h.sink == CodeHit::Sink::Ai) {
      const Entity* ai = find(Kind::Ai, h.sinkId);
      if (!ai) continue;
      // Hits are sorted, so the first code path found for a pair is the one kept.
      if (reads.insert({data, ai}).second) edges_.push_back({EdgeKind::Reads, data, ai, h.call, true, codePath(h.label.steps)});
    } else if (h.sink == CodeHit::Sink::Processor) {
      const Entity* proc = find(Kind::Processor, h.sinkId);
      if (proc && sends.insert({data, proc}).second) edges_.push_back({EdgeKind::SendsTo, data, proc, h.call, true, codePath(h.label.steps)});
    }
  }
}

void Graph::addEdges() {
  auto link = [&](EdgeKind kind, const Entity& from, const Entity* to, const Span& origin) {
    if (to) edges_.push_back({kind, &from, to, origin, false, {}});
  };
  auto linkList = [&](EdgeKind kind, const Entity& e, std::string_view key, Kind target, bool reversed) {
    for (const auto& item : e.list(key)) {
      const Entity* other = find(target, item.text);
      if (!other) continue;
      if (reversed) link(kind, *other, &e, item.span);
      else link(kind, e, other, item.span);
    }
  };
  for (const auto& d : all(Kind::Data)) linkList(EdgeKind::CollectedFor, d, "purposes", Kind::Purpose, false);
  for (const auto& p : all(Kind::Purpose)) linkList(EdgeKind::CompatibleWith, p, "compatible_with", Kind::Purpose, false);
  for (const auto& a : all(Kind::Ai)) {
    linkList(EdgeKind::Reads, a, "inputs", Kind::Data, true);
    if (auto p = a.text("purpose")) link(EdgeKind::Serves, a, find(Kind::Purpose, *p), a.at("purpose"));
    if (auto v = a.text("processor")) link(EdgeKind::RunsOn, a, find(Kind::Processor, *v), a.at("processor"));
  }
  for (const auto& v : all(Kind::Processor)) linkList(EdgeKind::DelegatesTo, v, "sub_processors", Kind::Processor, false);
  for (const auto& act : all(Kind::Action)) linkList(EdgeKind::Triggers, act, "trigger", Kind::Ai, true);
  for (const auto& c : all(Kind::Consent)) {
    linkList(EdgeKind::Covers, c, "purposes", Kind::Purpose, false);
    linkList(EdgeKind::CoversData, c, "data", Kind::Data, false);
  }
  for (const auto& n : all(Kind::Notice)) linkList(EdgeKind::Tells, n, "purposes", Kind::Purpose, false);
  addCodeEdges();
  for (std::size_t i = 0; i < edges_.size(); ++i) {
    auto kind = static_cast<std::size_t>(edges_[i].kind);
    out_[edges_[i].from][kind].push_back(i);
    in_[edges_[i].to][kind].push_back(i);
  }
}

std::vector<const Edge*> Graph::out(const Entity& from, EdgeKind kind) const {
  std::vector<const Edge*> result;
  if (auto it = out_.find(&from); it != out_.end())
    for (auto i : it->second[static_cast<std::size_t>(kind)]) result.push_back(&edges_[i]);
  return result;
}

std::vector<const Edge*> Graph::in(const Entity& to, EdgeKind kind) const {
  std::vector<const Edge*> result;
  if (auto it = in_.find(&to); it != in_.end())
    for (auto i : it->second[static_cast<std::size_t>(kind)]) result.push_back(&edges_[i]);
  return result;
}

const Entity* Graph::purposeOf(const Entity& ai) const {
  auto serves = out(ai, EdgeKind::Serves);
  return serves.empty() ? nullptr : serves.front()->to;
}

const std::map<const Entity*, const Entity*>& Graph::closure(const Entity& start) const {
  auto [it, fresh] = closures_.try_emplace(&start);
  if (!fresh) return it->second;
  auto& parents = it->second;
  parents[&start] = nullptr;
  std::deque<const Entity*> queue{&start};
  while (!queue.empty()) {
    const Entity* p = queue.front();
    queue.pop_front();
    for (const Edge* e : out(*p, EdgeKind::DelegatesTo))
      if (parents.try_emplace(e->to, p).second) queue.push_back(e->to);
  }
  return parents;
}

void Graph::computeReach() {
  // For each processor, the smallest (data id, AI id) pair that reaches it: the witness path.
  std::map<const Entity*, std::pair<const Entity*, const Entity*>> witness;
  std::map<const Entity*, std::vector<const Entity*>> reachedBy;
  for (const auto& ai : all(Kind::Ai)) {
    auto runsOn = out(ai, EdgeKind::RunsOn);
    if (runsOn.empty()) continue;
    auto reads = in(ai, EdgeKind::Reads);
    if (reads.empty()) continue;
    for (const auto& [proc, parent] : closure(*runsOn.front()->to)) {
      for (const Edge* r : reads) {
        reachedBy[proc].push_back(r->from);
        dataReach_[r->from].push_back(proc);
        auto [w, fresh] = witness.try_emplace(proc, r->from, &ai);
        if (!fresh && std::pair(r->from->id, ai.id) < std::pair(w->second.first->id, w->second.second->id))
          w->second = {r->from, &ai};
      }
    }
  }
  // Data sent to a processor in code reaches it and its sub-processors.
  std::map<const Entity*, const Edge*> codeWitness;
  for (const auto& data : all(Kind::Data))
    for (const Edge* send : out(data, EdgeKind::SendsTo))
      for (const auto& [proc, parent] : closure(*send->to)) {
        reachedBy[proc].push_back(&data);
        dataReach_[&data].push_back(proc);
        if (!witness.count(proc) && !codeWitness.count(proc)) codeWitness[proc] = send;
      }
  auto byId = [](const Entity* a, const Entity* b) { return a->id < b->id; };
  for (auto& [data, procs] : dataReach_) {
    std::sort(procs.begin(), procs.end(), byId);
    procs.erase(std::unique(procs.begin(), procs.end()), procs.end());
  }
  for (auto& [proc, data] : reachedBy) {
    std::sort(data.begin(), data.end(), byId);
    data.erase(std::unique(data.begin(), data.end()), data.end());
    Path path;
    if (auto w = witness.find(proc); w != witness.end()) {
      path = pathTo(*w->second.first, *w->second.second, proc);
    } else {
      const Edge* send = codeWitness.at(proc);
      path = send->codePath;
      const auto& parents = closure(*send->to);
      std::vector<const Entity*> chain;
      for (const Entity* p = proc; p; p = parents.at(p)) chain.push_back(p);
      std::reverse(chain.begin(), chain.end());
      for (std::size_t i = 1; i < chain.size(); ++i)
        path.push_back({PathStep::What::SubProcessor, chain[i]->id, std::string(chain[i]->text("region").value_or("")),
                        chain[i - 1]->element("sub_processors", chain[i]->id)});
    }
    reached_.push_back({proc, std::move(data), std::move(path)});
  }
  std::sort(reached_.begin(), reached_.end(), [](const Reach& a, const Reach& b) { return a.processor->id < b.processor->id; });
}

const Reach* Graph::reach(const Entity& processor) const {
  for (const auto& r : reached_)
    if (r.processor == &processor) return &r;
  return nullptr;
}

std::vector<const Entity*> Graph::processorsReachedBy(const Entity& data) const {
  auto it = dataReach_.find(&data);
  return it == dataReach_.end() ? std::vector<const Entity*>{} : it->second;
}

Path Graph::pathTo(const Entity& data, const Entity& ai, const Entity* processor) const {
  Path path;
  const Edge* read = nullptr;
  for (const Edge* e : in(ai, EdgeKind::Reads))
    if (e->from == &data && (!read || (read->fromCode && !e->fromCode))) read = e;
  if (read && read->fromCode) {
    path = read->codePath;
  } else {
    path.push_back({PathStep::What::Data, data.id, std::string(data.text("category").value_or("")), data.header});
    path.push_back({PathStep::What::ReadByAi, ai.id, "", ai.element("inputs", data.id)});
  }
  auto runsOn = out(ai, EdgeKind::RunsOn);
  if (!processor || runsOn.empty()) return path;
  const Entity* first = runsOn.front()->to;
  const auto& parents = closure(*first);
  if (!parents.count(processor)) return path;
  std::vector<const Entity*> chain;
  for (const Entity* p = processor; p; p = parents.at(p)) chain.push_back(p);
  std::reverse(chain.begin(), chain.end());
  auto region = [](const Entity* p) { return std::string(p->text("region").value_or("")); };
  path.push_back({PathStep::What::RunsOn, first->id, region(first), runsOn.front()->origin});
  for (std::size_t i = 1; i < chain.size(); ++i)
    path.push_back({PathStep::What::SubProcessor, chain[i]->id, region(chain[i]), chain[i - 1]->element("sub_processors", chain[i]->id)});
  return path;
}

std::string_view Graph::country() const {
  const Entity* c = find(Kind::Controller);
  return c && c->text("country") ? *c->text("country") : "TR";
}

bool Graph::isDomestic(std::string_view region) const {
  if (region == country()) return true;
  const Entity* c = find(Kind::Controller);
  if (!c) return false;
  for (const auto& d : c->list("domestic"))
    if (d.text == region) return true;
  return false;
}

bool Graph::regime(std::string_view name) const {
  const Entity* c = find(Kind::Controller);
  if (!c || !c->has("regimes")) return name == "kvkk";
  for (const auto& r : c->list("regimes"))
    if (r.text == name) return true;
  return false;
}

bool Graph::isAdequate(std::string_view region) const {
  const Entity* p = find(Kind::Policy);
  if (!p) return false;
  for (const auto& a : p->list("adequate"))
    if (a.text == region) return true;
  return false;
}

}  // namespace crmflow
