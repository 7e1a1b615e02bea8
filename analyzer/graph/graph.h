#pragma once
/// One graph of which personal data reaches which AI functions, processors and actions.
/// Every edge keeps its origin (a manifest span today, a code path once the C++ frontend joins),
/// and reachability is computed here once for every check.
#include <array>
#include <map>
#include <memory>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "frontend/link.h"
#include "manifest/model.h"

namespace crmflow {

/// One step of the path a finding explains (SARIF codeFlows).
struct PathStep {
  enum class What { Data, ReadByAi, RunsOn, SubProcessor, Code };
  What what;
  std::string subject;  ///< entity id
  std::string detail;   ///< category or region; for Code the step's message
  Span span;
};
using Path = std::vector<PathStep>;

/// A code path (source read -> ... -> call) as path steps.
Path codePath(const std::vector<CodeStep>& steps);

enum class EdgeKind { CollectedFor, Reads, Serves, RunsOn, DelegatesTo, Triggers, Covers, CoversData, Tells, CompatibleWith, SendsTo };
inline constexpr std::size_t kEdgeKinds = 11;

struct Edge {
  EdgeKind kind;
  const Entity* from;
  const Entity* to;
  Span origin;          ///< where the edge is declared (the key or array element), or the code call
  bool fromCode = false;
  Path codePath;        ///< fromCode: source read -> ... -> call
};

/// Data that reaches a processor, with the first path (by data, then AI id) as witness.
struct Reach {
  const Entity* processor;
  std::vector<const Entity*> data;  ///< sorted by id
  Path witness;
};

class Graph {
 public:
  explicit Graph(Manifest manifest, std::shared_ptr<const CodeModel> code = nullptr);
  Graph(const Graph&) = delete;

  const Manifest& manifest() const { return manifest_; }
  /// Facts from the C++ code; null when only the manifest was analyzed.
  const CodeModel* code() const { return code_.get(); }
  std::span<const Entity> all(Kind kind) const { return manifest_.all(kind); }
  const Entity* find(Kind kind, std::string_view id = {}) const { return manifest_.find(kind, id); }

  /// Edges leaving / entering an entity, of one kind, in declaration order.
  std::vector<const Edge*> out(const Entity& from, EdgeKind kind) const;
  std::vector<const Edge*> in(const Entity& to, EdgeKind kind) const;
  const std::vector<Edge>& edges() const { return edges_; }

  const Entity* purposeOf(const Entity& ai) const;
  /// Processors reached by some data, sorted by id.
  const std::vector<Reach>& reachedProcessors() const { return reached_; }
  const Reach* reach(const Entity& processor) const;
  /// Processors that data reaches, sorted by id.
  std::vector<const Entity*> processorsReachedBy(const Entity& data) const;
  /// data -> AI function -> processor -> sub-processor... for a data read by `ai` and reaching `processor`.
  Path pathTo(const Entity& data, const Entity& ai, const Entity* processor) const;

  // Controller facts.
  std::string_view country() const;
  bool isDomestic(std::string_view region) const;
  bool regime(std::string_view name) const;  ///< "kvkk" or "gdpr"
  bool isAdequate(std::string_view region) const;

 private:
  void addEdges();
  void addCodeEdges();
  void computeReach();
  /// Processors reachable from `start` through sub_processors (itself included), with parents.
  const std::map<const Entity*, const Entity*>& closure(const Entity& start) const;

  Manifest manifest_;
  std::shared_ptr<const CodeModel> code_;
  std::vector<Edge> edges_;
  using Adjacency = std::array<std::vector<std::size_t>, kEdgeKinds>;  ///< edge indices by kind
  std::unordered_map<const Entity*, Adjacency> out_, in_;
  std::vector<Reach> reached_;
  std::map<const Entity*, std::vector<const Entity*>> dataReach_;
  mutable std::map<const Entity*, std::map<const Entity*, const Entity*>> closures_;
};

}  // namespace crmflow
