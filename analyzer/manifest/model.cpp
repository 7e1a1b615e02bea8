#include "manifest/model.h"

#include <algorithm>

namespace crmflow {

std::string_view kindTable(Kind kind) {
  switch (kind) {
    case Kind::Controller: return "controller";
    case Kind::Data: return "data";
    case Kind::Purpose: return "purpose";
    case Kind::Consent: return "consent";
    case Kind::Ai: return "ai";
    case Kind::Processor: return "processor";
    case Kind::Action: return "action";
    case Kind::Notice: return "notice";
    case Kind::Code: return "code";
    case Kind::Policy: return "policy";
  }
  return "?";
}

const Field* Entity::get(std::string_view key) const {
  for (const auto& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

std::optional<std::string_view> Entity::text(std::string_view key) const {
  const Field* f = get(key);
  if (!f || f->shape != Field::Shape::String) return std::nullopt;
  return f->text;
}

std::optional<bool> Entity::flag(std::string_view key) const {
  const Field* f = get(key);
  if (!f || f->shape != Field::Shape::Bool) return std::nullopt;
  return f->boolean;
}

std::span<const Item> Entity::list(std::string_view key) const {
  const Field* f = get(key);
  if (!f || f->shape != Field::Shape::List) return {};
  return f->items;
}

Span Entity::at(std::string_view key) const {
  const Field* f = get(key);
  return f ? f->span() : header;
}

Span Entity::element(std::string_view key, std::string_view value) const {
  for (const auto& item : list(key))
    if (item.text == value) return item.span;
  return at(key);
}

static bool entityLess(const Entity& e, std::pair<Kind, std::string_view> k) {
  return std::pair<Kind, std::string_view>(e.kind, e.id) < k;
}

const Entity* Manifest::find(Kind kind, std::string_view id) const {
  auto it = std::lower_bound(entities.begin(), entities.end(), std::pair{kind, id}, entityLess);
  return it != entities.end() && it->kind == kind && it->id == id ? &*it : nullptr;
}

std::span<const Entity> Manifest::all(Kind kind) const {
  auto lo = std::lower_bound(entities.begin(), entities.end(), std::pair{kind, std::string_view{}}, entityLess);
  auto hi = lo;
  while (hi != entities.end() && hi->kind == kind) ++hi;
  return {lo, hi};
}

}  // namespace crmflow
