#pragma once
/// The typed manifest: entities keyed by kind and id, each field with its source regions.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "manifest/suppressions.h"

namespace crmflow {

enum class Kind { Controller, Data, Purpose, Consent, Ai, Processor, Action, Notice, Code, Policy };

/// The TOML table name of a kind ("data", "ai", ...).
std::string_view kindTable(Kind kind);

/// One string of a value: a scalar, an array element or a map key/value, with its own region.
struct Item {
  std::string text;
  Span span;
};

struct Field {
  enum class Shape { Bool, Integer, String, List, Map };
  std::string key;
  Span keySpan, valueSpan;
  Shape shape = Shape::String;
  bool boolean = false;
  int64_t integer = 0;
  std::string text;                              ///< Shape::String
  std::vector<Item> items;                       ///< Shape::List
  std::vector<std::pair<Item, Item>> entries;    ///< Shape::Map, in source order

  /// `key = value`, for findings that point at a key.
  Span span() const { return cover(keySpan, valueSpan); }
};

struct Entity {
  Kind kind = Kind::Data;
  std::string id;   ///< empty for the singleton tables [controller], [code], [policy]
  Span header;      ///< the `[kind.id]` header (or the first key of an inline/dotted table)
  std::vector<Field> fields;

  const Field* get(std::string_view key) const;
  std::optional<std::string_view> text(std::string_view key) const;
  std::optional<bool> flag(std::string_view key) const;
  std::span<const Item> list(std::string_view key) const;   ///< empty when absent
  bool has(std::string_view key) const { return get(key) != nullptr; }
  /// The key's span when present, else the table header (rules.md "Location").
  Span at(std::string_view key) const;
  /// The element of list `key` whose text is `value`, else at(key).
  Span element(std::string_view key, std::string_view value) const;
};

struct Manifest {
  std::vector<std::string> files;   ///< every loaded file, root-relative, sorted
  std::vector<Entity> entities;     ///< sorted by kind, then id
  std::vector<Suppression> suppressions;  ///< in file, then line order

  const Entity* find(Kind kind, std::string_view id = {}) const;
  std::span<const Entity> all(Kind kind) const;
};

}  // namespace crmflow
