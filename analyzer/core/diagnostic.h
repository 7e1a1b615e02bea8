#pragma once
/// Problems that stop or qualify an analysis (load errors, notes about inputs), as opposed to
/// findings about the analyzed integration.
#include <string>
#include <vector>

#include "core/level.h"
#include "core/span.h"

namespace crmflow {

struct Diagnostic {
  Level level = Level::Error;  ///< Error makes the analysis incomplete (exit status 2)
  Span where;
  std::string message;
  std::vector<std::pair<Span, std::string>> related;  ///< e.g. the first definition of an id
};

class Diagnostics {
 public:
  void error(Span where, std::string message) { add(Level::Error, std::move(where), std::move(message)); }
  void note(Span where, std::string message) { add(Level::Note, std::move(where), std::move(message)); }
  Diagnostic& add(Level level, Span where, std::string message) {
    items_.push_back({level, std::move(where), std::move(message), {}});
    return items_.back();
  }
  bool hasErrors() const {
    for (const auto& d : items_) if (d.level == Level::Error) return true;
    return false;
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace crmflow
