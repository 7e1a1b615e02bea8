#include "manifest/loader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "core/strings.h"
#include "manifest/glob.h"
#include "manifest/keys.h"

namespace crmflow {
namespace fs = std::filesystem;
namespace {

bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool isId(std::string_view s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool isCxxIdentifier(std::string_view s) {
  return !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0])) && std::all_of(s.begin(), s.end(), isIdentChar);
}

/// `ns::Class::method`, `::f`, `Class::*`, `Class::~Class`, `Class::operator()`.
bool isQualifiedName(std::string_view s) {
  if (s.starts_with("::")) s.remove_prefix(2);
  if (s.empty()) return false;
  while (true) {
    std::size_t sep = s.find("::");
    std::string_view part = s.substr(0, sep);
    bool last = sep == std::string_view::npos;
    if (part.starts_with("operator") && last) return part.size() > 8;
    if (part.starts_with("~")) part.remove_prefix(1);
    if (!(isCxxIdentifier(part) || (last && part == "*"))) return false;
    if (last) return true;
    s.remove_prefix(sep + 2);
  }
}

bool isDuration(std::string_view s) {
  if (s == "indefinite") return true;
  if (s.size() < 3 || s[0] != 'P') return false;
  const std::string_view units = "YMWD";
  std::size_t next = 0, i = 1;
  while (i < s.size()) {
    std::size_t digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
    if (digits == 0 || digits > 6 || i == s.size()) return false;
    std::size_t u = units.find(s[i], next);
    if (u == std::string_view::npos) return false;
    next = u + 1;
    ++i;
  }
  return true;
}

bool isHostPattern(std::string_view s) {
  if (s.empty() || s.find("://") != std::string_view::npos) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '*' || c == ':'; });
}

bool isRelativeGlob(std::string_view s) { return !s.empty() && s[0] != '/'; }

std::string_view typeName(toml::node_type t) {
  switch (t) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}

std::string join(std::span<const std::string_view> values) {
  std::string out;
  for (auto v : values) out += (out.empty() ? "" : ", ") + std::string(v);
  return out;
}

bool within(const fs::path& inner, const fs::path& outer) {
  auto [a, b] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return a == outer.end();
}

std::string tableName(Kind kind, std::string_view id) {
  std::string s(kindTable(kind));
  return id.empty() ? s : s + "." + std::string(id);
}

class Loader {
 public:
  Loader(const LoadOptions& o, Diagnostics& d) : options_(o), diags_(d) {
    std::error_code ec;
    absRoot_ = fs::absolute(o.root, ec).lexically_normal();
    // "dir/." normalizes to "dir/", whose empty last component would make nothing lie "within" it.
    if (absRoot_.has_parent_path() && absRoot_.filename().empty()) absRoot_ = absRoot_.parent_path();
    canonicalRoot_ = fs::weakly_canonical(absRoot_, ec);
  }

  Manifest run() {
    fs::path entry = options_.manifest.empty() ? absRoot_ / "crmflow.toml" : fs::absolute(options_.manifest);
    loadFile(entry.lexically_normal(), std::nullopt, true);
    checkReferences();
    checkCycles();
    Manifest m;
    m.entities = std::move(entities_);
    std::sort(m.entities.begin(), m.entities.end(), [](const Entity& a, const Entity& b) {
      return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
    });
    m.files.assign(loaded_.begin(), loaded_.end());
    std::sort(suppressions_.begin(), suppressions_.end(), [](const Suppression& a, const Suppression& b) { return a.comment < b.comment; });
    m.suppressions = std::move(suppressions_);
    return m;
  }

 private:
  std::string display(const fs::path& abs) const {
    std::string rel = abs.lexically_relative(absRoot_).generic_string();
    return rel.empty() ? abs.generic_string() : rel;
  }

  Span spanOf(const toml::source_region& r, const std::string& file) const {
    return Span{file, r.begin.line, r.begin.column, r.end.line, r.end.column};
  }

  void loadFile(const fs::path& abs, std::optional<Span> from, bool entry) {
    const std::string file = display(abs);
    Span whole{file};
    Span at = from ? *from : whole;
    if (std::find(stack_.begin(), stack_.end(), abs) != stack_.end()) {
      std::string cycle;
      for (auto it = std::find(stack_.begin(), stack_.end(), abs); it != stack_.end(); ++it) cycle += display(*it) + " -> ";
      diags_.error(at, "include cycle: " + cycle + file);
      return;
    }
    if (!loaded_.insert(file).second) return;  // reached twice through different includes: load once

    FileContent content = options_.reader ? options_.reader(abs) : readManifestFile(abs);
    switch (content.status) {
      case FileContent::Status::NotFound:
        diags_.error(at, (entry ? "manifest not found: " : "included file not found: ") + file);
        return;
      case FileContent::Status::Directory:
        diags_.error(at, file + " is a directory, not a manifest file");
        return;
      case FileContent::Status::TooLarge:
        diags_.error(Span{file, 1, 1, 1, 1}, file + " is " + std::to_string(content.size >> 20) +
                                                 " MiB; manifests are limited to " + std::to_string(kMaxManifestBytes >> 20) + " MiB");
        return;
      case FileContent::Status::Unreadable:
        diags_.error(at, "cannot read " + file + ": " + content.error);
        return;
      case FileContent::Status::Ok:
        break;
    }
    const std::string& text = content.text;
    if (auto bad = firstInvalidUtf8(text)) {
      auto [line, col] = lineColumnOf(text, *bad);
      diags_.error(Span{file, line, col, line, col + 1}, "file is not valid UTF-8 (TOML requires UTF-8)");
      return;
    }

    toml::table root;
    try {
      root = toml::parse(text, file);
    } catch (const toml::parse_error& e) {
      diags_.error(spanOf(e.source(), file), "TOML syntax error: " + std::string(e.description()));
      return;
    }
    for (auto& s : parseSuppressions(text, file)) suppressions_.push_back(std::move(s));
    stack_.push_back(abs);
    readTopLevel(root, file, abs.parent_path(), entry);
    stack_.pop_back();
  }

  void readTopLevel(const toml::table& root, const std::string& file, const fs::path& dir, bool entry) {
    static constexpr std::string_view topKeys[] = {"version", "include", "controller", "data", "purpose", "consent",
                                                   "ai", "processor", "action", "notice", "code", "policy"};
    const toml::node* version = root.get("version");
    if (!version && entry) diags_.error(Span{file, 1, 1, 1, 1}, "missing required key 'version' (add `version = 1` at the top)");
    std::vector<const toml::node*> includes;
    for (auto&& [key, value] : root) {
      std::string_view name = key.str();
      Span keySpan = spanOf(key.source(), file);
      if (name.starts_with("x_")) continue;
      if (name == "version") {
        auto v = value.as_integer();
        if (!v) diags_.error(spanOf(value.source(), file), "'version' must be an integer, found " + std::string(typeName(value.type())));
        else if (v->get() != 1) diags_.error(spanOf(value.source(), file), "unsupported manifest version " + std::to_string(v->get()) + "; this crmflow reads version 1");
        continue;
      }
      if (name == "include") {
        includes.push_back(&value);
        continue;
      }
      const TableSpec* spec = nullptr;
      for (const auto& t : tableSpecs())
        if (kindTable(t.kind) == name) spec = &t;
      if (!spec) {
        diags_.error(keySpan, "unknown top-level key '" + std::string(name) + "'" + didYouMean(name, topKeys));
        continue;
      }
      const toml::table* table = value.as_table();
      if (!table) {
        diags_.error(spanOf(value.source(), file), "'" + std::string(name) + "' must be a table, found " + std::string(typeName(value.type())));
        continue;
      }
      if (!spec->keyedById) {
        Span header = spanOf(table->source(), file);
        readEntity(*spec, "", *table, header.known() ? header : keySpan, file);
        continue;
      }
      for (auto&& [idKey, body] : *table) {
        std::string_view id = idKey.str();
        Span idSpan = spanOf(idKey.source(), file);
        if (id.starts_with("x_")) continue;
        if (!isId(id)) {
          diags_.error(idSpan, "invalid id '" + std::string(id) + "' in [" + std::string(name) + "]: ids match [a-z][a-z0-9_]*");
          continue;
        }
        const toml::table* body_table = body.as_table();
        if (!body_table) {
          diags_.error(idSpan, "'" + std::string(name) + "." + std::string(id) + "' must be a table ([" + std::string(name) + "." + std::string(id) + "]), found " + std::string(typeName(body.type())));
          continue;
        }
        // Tables made implicitly by dotted keys (`data.email.category = ...`) have no region of their own.
        Span header = spanOf(body_table->source(), file);
        readEntity(*spec, std::string(id), *body_table, header.known() ? header : idSpan, file);
      }
    }
    for (const toml::node* value : includes) readIncludes(*value, file, dir);
  }

  void readIncludes(const toml::node& value, const std::string& file, const fs::path& dir) {
    const toml::array* arr = value.as_array();
    if (!arr) {
      diags_.error(spanOf(value.source(), file), "'include' must be an array of glob strings, found " + std::string(typeName(value.type())));
      return;
    }
    for (const auto& el : *arr) {
      Span at = spanOf(el.source(), file);
      auto pattern = el.value<std::string_view>();
      if (!pattern || pattern->empty()) {
        diags_.error(at, "'include' elements must be non-empty strings, found " + std::string(typeName(el.type())));
        continue;
      }
      if (fs::path(std::string(*pattern)).is_absolute()) {
        diags_.error(at, "include '" + std::string(*pattern) + "' is an absolute path; includes are relative to the including file and stay inside the analyzed root");
        continue;
      }
      // The literal part of the pattern must stay in the root, whatever it matches.
      std::string_view prefix = pattern->substr(0, std::min(pattern->find_first_of("*?["), pattern->size()));
      fs::path literal = (dir / std::string(prefix)).lexically_normal();
      if (!within(literal, absRoot_)) {
        diags_.error(at, "include '" + std::string(*pattern) + "' leaves the analyzed root " + absRoot_.generic_string());
        continue;
      }
      auto matches = expandGlob(dir, *pattern);
      if (matches.empty()) {
        if (hasGlobChars(*pattern)) diags_.note(at, "include '" + std::string(*pattern) + "' matches no file");
        else diags_.error(at, "included file not found: " + display((dir / std::string(*pattern)).lexically_normal()));
        continue;
      }
      for (const auto& m : matches) {
        std::error_code ec;
        fs::path real = fs::weakly_canonical(m, ec);
        if (ec || !within(real, canonicalRoot_)) {
          diags_.error(at, "include '" + std::string(*pattern) + "' reaches " + real.generic_string() + ", outside the analyzed root (through a symlink)");
          continue;
        }
        loadFile(m.lexically_normal(), at, false);
      }
    }
  }

  void readEntity(const TableSpec& spec, std::string id, const toml::table& body, Span header, const std::string& file) {
    const std::string name = tableName(spec.kind, id);
    auto [it, fresh] = defined_.try_emplace({spec.kind, id}, header);
    if (!fresh) {
      const Span& first = it->second;
      Diagnostic& d = diags_.add(Level::Error, header, "'" + name + "' is defined twice; first definition at " +
                                                           first.file + ":" + std::to_string(first.line) + ":" + std::to_string(first.column));
      d.related.emplace_back(first, "first definition of '" + name + "'");
      return;
    }
    Entity e{spec.kind, std::move(id), header, {}};
    std::vector<std::string_view> known;
    for (const auto& k : spec.keys) known.push_back(k.name);
    for (auto&& [key, value] : body) {
      std::string_view k = key.str();
      if (k.starts_with("x_")) continue;
      Span keySpan = spanOf(key.source(), file);
      const KeySpec* ks = findKey(spec, k);
      if (!ks) {
        diags_.error(keySpan, "unknown key '" + std::string(k) + "' in [" + name + "]" + didYouMean(k, known));
        continue;
      }
      Field f;
      f.key = std::string(k);
      f.keySpan = keySpan;
      f.valueSpan = spanOf(value.source(), file);
      if (readValue(*ks, value, f, name, file)) e.fields.push_back(std::move(f));
    }
    for (const auto& k : spec.keys)
      if (k.required && !body.get(k.name))
        diags_.error(header, "[" + name + "] is missing required key '" + std::string(k.name) + "'");
    std::sort(e.fields.begin(), e.fields.end(), [](const Field& a, const Field& b) { return a.keySpan < b.keySpan; });
    for (const auto& f : e.fields) {
      const KeySpec* ks = findKey(spec, f.key);
      if (ks->type == ValueType::Ref) refs_.push_back({ks->refKind, Item{f.text, f.valueSpan}, name + "." + f.key});
      if (ks->type == ValueType::RefList)
        for (const auto& item : f.items) refs_.push_back({ks->refKind, item, name + "." + f.key});
    }
    entities_.push_back(std::move(e));
  }

  using Validate = bool (*)(std::string_view);

  bool readValue(const KeySpec& ks, const toml::node& value, Field& f, const std::string& owner, const std::string& file) {
    const std::string where = "'" + f.key + "' in [" + owner + "]";
    auto wrongType = [&](std::string_view expected) {
      diags_.error(f.valueSpan, where + " must be " + std::string(expected) + ", found " + std::string(typeName(value.type())));
      return false;
    };
    switch (ks.type) {
      case ValueType::Bool:
        if (!value.is_boolean()) return wrongType("true or false");
        f.shape = Field::Shape::Bool;
        f.boolean = *value.value<bool>();
        return true;
      case ValueType::SeverityMap: return readSeverity(value, f, where, file);
      case ValueType::EnumList: case ValueType::RefList: case ValueType::CountryList: case ValueType::QualifiedNames:
      case ValueType::Globs: case ValueType::HostPatterns: case ValueType::RuleIds: {
        const toml::array* arr = value.as_array();
        if (!arr) return wrongType("an array of strings");
        f.shape = Field::Shape::List;
        bool ok = true;
        for (const auto& el : *arr) {
          Span at = spanOf(el.source(), file);
          auto s = el.value<std::string_view>();
          if (!s) {
            diags_.error(at, where + " must hold strings, found " + std::string(typeName(el.type())));
            ok = false;
            continue;
          }
          if (!checkScalar(ks, *s, at, where)) ok = false;
          f.items.push_back({std::string(*s), at});
        }
        return ok;
      }
      default: {
        auto s = value.value<std::string_view>();
        if (!s || !value.is_string()) return wrongType("a string");
        f.shape = Field::Shape::String;
        f.text = std::string(*s);
        return checkScalar(ks, *s, f.valueSpan, where);
      }
    }
  }

  bool checkScalar(const KeySpec& ks, std::string_view s, const Span& at, const std::string& where) {
    auto fail = [&](std::string message) {
      diags_.error(at, where + ": " + message);
      return false;
    };
    switch (ks.type) {
      case ValueType::Enum: case ValueType::EnumList:
        if (vocab_contains(ks.values, s)) return true;
        return fail("'" + std::string(s) + "' is not valid" + didYouMean(s, ks.values) + "; expected one of: " + join(ks.values));
      case ValueType::Ref: case ValueType::RefList:
        if (isId(s)) return true;
        return fail("'" + std::string(s) + "' is not a " + std::string(kindTable(ks.refKind)) + " id (ids match [a-z][a-z0-9_]*)");
      case ValueType::Country: case ValueType::CountryList: {
        if (isCountryCode(s)) return true;
        std::string upper(s);
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (upper == "UK") upper = "GB";  // the common slip: ISO 3166 spells the United Kingdom GB
        std::string hint = isCountryCode(upper) ? " (did you mean '" + upper + "'?)" : "";
        return fail("'" + std::string(s) + "' is not an ISO 3166-1 alpha-2 country code" + hint);
      }
      case ValueType::Duration:
        if (isDuration(s)) return true;
        return fail("'" + std::string(s) + "' is not an ISO 8601 duration such as \"P2Y\", \"P18M\" or \"P30D\" (or \"indefinite\")");
      case ValueType::QualifiedNames:
        if (isQualifiedName(s)) return true;
        return fail("'" + std::string(s) + "' is not a C++ qualified name such as \"acme::crm::Customer::email\" or \"acme::ai::Model::*\"");
      case ValueType::HostPatterns:
        if (isHostPattern(s)) return true;
        return fail("'" + std::string(s) + "' is not a host pattern such as \"api.openai.com\" or \"*.salesforce.com\" (no scheme, no path)");
      case ValueType::Globs:
        if (isRelativeGlob(s)) return true;
        return fail("'" + std::string(s) + "' must be a relative glob");
      case ValueType::RuleIds:
        if (std::find(options_.ruleIds.begin(), options_.ruleIds.end(), s) != options_.ruleIds.end()) return true;
        return fail("unknown rule id '" + std::string(s) + "'" + didYouMean(s, options_.ruleIds));
      default:
        return true;
    }
  }

  static bool vocab_contains(std::span<const std::string_view> set, std::string_view v) {
    return std::find(set.begin(), set.end(), v) != set.end();
  }

  bool readSeverity(const toml::node& value, Field& f, const std::string& where, const std::string& file) {
    const toml::table* table = value.as_table();
    if (!table) {
      diags_.error(f.valueSpan, where + " must be a table of rule id = level, found " + std::string(typeName(value.type())));
      return false;
    }
    f.shape = Field::Shape::Map;
    bool ok = true;
    static constexpr std::string_view levels[] = {"error", "warning", "note"};
    for (auto&& [key, level] : *table) {
      Span keySpan = spanOf(key.source(), file), valueSpan = spanOf(level.source(), file);
      std::string_view rule = key.str();
      if (std::find(options_.ruleIds.begin(), options_.ruleIds.end(), rule) == options_.ruleIds.end()) {
        diags_.error(keySpan, where + ": unknown rule id '" + std::string(rule) + "'" + didYouMean(rule, options_.ruleIds));
        ok = false;
        continue;
      }
      auto s = level.value<std::string_view>();
      if (!s || !level.is_string() || !vocab_contains(levels, *s)) {
        diags_.error(valueSpan, where + ": the level of '" + std::string(rule) + "' must be \"error\", \"warning\" or \"note\"");
        ok = false;
        continue;
      }
      f.entries.push_back({Item{std::string(rule), keySpan}, Item{std::string(*s), valueSpan}});
    }
    std::sort(f.entries.begin(), f.entries.end(), [](const auto& a, const auto& b) { return a.first.span < b.first.span; });
    return ok;
  }

  void checkReferences() {
    std::map<Kind, std::vector<std::string_view>> ids;
    for (const auto& [key, span] : defined_) ids[key.first].push_back(key.second);
    for (const auto& ref : refs_) {
      if (defined_.count({ref.kind, ref.item.text})) continue;
      diags_.error(ref.item.span, ref.where + ": unknown " + std::string(kindTable(ref.kind)) + " '" + ref.item.text + "'" +
                                      didYouMean(ref.item.text, ids[ref.kind]));
    }
  }

  /// Reports each sub_processors cycle once, at the element that closes it.
  void checkCycles() {
    std::map<std::string, const Entity*> processors;
    for (const auto& e : entities_)
      if (e.kind == Kind::Processor) processors[e.id] = &e;
    std::map<std::string, int> state;  // 0 new, 1 on stack, 2 done
    std::vector<std::string> path;
    auto visit = [&](auto&& self, const Entity& p) -> void {
      state[p.id] = 1;
      path.push_back(p.id);
      for (const auto& sub : p.list("sub_processors")) {
        auto it = processors.find(sub.text);
        if (it == processors.end()) continue;
        int s = state[sub.text];
        if (s == 1) {
          std::string cycle;
          for (auto i = std::find(path.begin(), path.end(), sub.text); i != path.end(); ++i) cycle += *i + " -> ";
          diags_.error(sub.span, "sub_processors cycle: " + cycle + sub.text);
        } else if (s == 0) {
          self(self, *it->second);
        }
      }
      path.pop_back();
      state[p.id] = 2;
    };
    for (const auto& [id, p] : processors)
      if (state[id] == 0) visit(visit, *p);
  }

  struct Ref {
    Kind kind;
    Item item;
    std::string where;
  };

  const LoadOptions& options_;
  Diagnostics& diags_;
  fs::path absRoot_, canonicalRoot_;
  std::vector<fs::path> stack_;
  std::set<std::string> loaded_;
  std::vector<Entity> entities_;
  std::vector<Suppression> suppressions_;
  std::vector<Ref> refs_;
  std::map<std::pair<Kind, std::string>, Span> defined_;
};

}  // namespace

FileContent readManifestFile(const fs::path& path) {
  using S = FileContent::Status;
  auto fail = [](S status, std::uintmax_t size = 0) {
    FileContent c;
    c.status = status;
    c.size = size;
    if (status == S::Unreadable) c.error = std::strerror(errno ? errno : EIO);
    return c;
  };
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return fail(S::NotFound);
  if (fs::is_directory(status)) return fail(S::Directory);
  auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxManifestBytes) return fail(S::TooLarge, size);
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(S::Unreadable);
  // Read in chunks up to one byte past the limit: a file that grows while read is caught, not slurped.
  FileContent c;
  c.text.reserve(static_cast<std::size_t>(ec ? 0 : size));
  char chunk[1 << 16];
  while (in && c.text.size() <= kMaxManifestBytes) {
    in.read(chunk, sizeof chunk);
    c.text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return fail(S::Unreadable);
  if (c.text.size() > kMaxManifestBytes) return fail(S::TooLarge, c.text.size());
  return c;
}

Manifest loadManifest(const LoadOptions& options, Diagnostics& diags) { return Loader(options, diags).run(); }

}  // namespace crmflow
