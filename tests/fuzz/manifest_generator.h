#pragma once
// Builds structurally valid (mostly) manifests from fuzzer bytes: random tables, ids from small
// pools so references resolve, enum values from the spec with an occasional wrong one, and
// sub-processor chains that sometimes loop. Reaches the graph and the checks far more often than
// raw bytes do.
#include <fuzzer/FuzzedDataProvider.h>

#include <string>
#include <vector>

#include "manifest/vocabulary.h"

namespace crmflow::fuzz {

class ManifestGenerator {
 public:
  explicit ManifestGenerator(FuzzedDataProvider& in) : in_(in) {}

  std::string build() {
    out_ = "version = 1\n";
    if (in_.ConsumeBool()) controller();
    int purposes = in_.ConsumeIntegralInRange(0, 5), data = in_.ConsumeIntegralInRange(0, 6),
        ais = in_.ConsumeIntegralInRange(0, 5), procs = in_.ConsumeIntegralInRange(0, 5),
        actions = in_.ConsumeIntegralInRange(0, 4), consents = in_.ConsumeIntegralInRange(0, 3),
        notices = in_.ConsumeIntegralInRange(0, 2);
    for (int i = 0; i < purposes; ++i) table("purpose", i, [&] {
        kv("kind", pick(vocab::purposeKinds));
        if (in_.ConsumeBool()) kv("legal_basis", pick(vocab::legalBases));
        if (in_.ConsumeBool()) kv("balancing_test", std::string("lia.pdf"));
        if (in_.ConsumeBool()) list("compatible_with", "purpose", purposes);
      });
    for (int i = 0; i < data; ++i) table("data", i, [&] {
        kv("category", pick(vocab::dataCategories));
        list("purposes", "purpose", purposes);
        if (in_.ConsumeBool()) kv("retention", pick(kDurations));
      });
    for (int i = 0; i < procs; ++i) table("processor", i, [&] {
        kv("region", pick(kRegions));
        if (in_.ConsumeBool()) kv("transfer", pick(vocab::transfers));
        if (in_.ConsumeBool()) list("sub_processors", "processor", procs);
        for (auto key : {"transfer_notified", "recurring"}) if (in_.ConsumeBool()) flag(key);
        if (in_.ConsumeBool()) kv("dpa", std::string("dpa.pdf"));
        if (in_.ConsumeBool()) kv("retention", pick(kDurations));
      });
    for (int i = 0; i < ais; ++i) table("ai", i, [&] {
        kv("kind", pick(vocab::aiKinds));
        kv("purpose", ref("purpose", purposes));
        list("inputs", "data", data);
        if (in_.ConsumeBool()) kv("processor", ref("processor", procs));
        for (auto key : {"logged", "profiling"}) if (in_.ConsumeBool()) flag(key);
        if (in_.ConsumeBool()) kv("dpia", std::string("dpia.md"));
      });
    for (int i = 0; i < actions; ++i) table("action", i, [&] {
        kv("effect", pick(vocab::actionEffects));
        list("trigger", "ai", ais);
        if (in_.ConsumeBool()) kv("human_review", pick(vocab::humanReviews));
        for (auto key : {"adverse", "logged"}) if (in_.ConsumeBool()) flag(key);
        if (in_.ConsumeBool()) kv("objection", std::string("form"));
      });
    for (int i = 0; i < consents; ++i) table("consent", i, [&] {
        list("purposes", "purpose", purposes);
        if (in_.ConsumeBool()) list("data", "data", data);
        if (in_.ConsumeBool()) kv("scope", pick(vocab::consentScopes));
        for (auto key : {"informed", "withdrawable", "pre_ticked", "condition_of_service", "bundled_with_notice"})
          if (in_.ConsumeBool()) flag(key);
      });
    for (int i = 0; i < notices; ++i) table("notice", i, [&] {
        list("purposes", "purpose", purposes);
        for (auto key : {"profiling", "transfers", "objection"}) if (in_.ConsumeBool()) flag(key);
      });
    if (in_.ConsumeBool()) {
      out_ += "[policy]\n";
      kv("fail_on", pick(vocab::failOnLevels));
      if (in_.ConsumeBool()) kv("adequate", std::string("[\"GB\"]"), true);
    }
    return out_;
  }

 private:
  static constexpr std::array<std::string_view, 6> kDurations{"P1Y", "P6M", "P30D", "indefinite", "P2Y3M", "P1W"};
  static constexpr std::array<std::string_view, 6> kRegions{"TR", "US", "DE", "IE", "GB", "EU"};

  void controller() {
    out_ += "[controller]\n";
    kv("country", pick(kRegions));
    if (in_.ConsumeBool()) kv("regimes", std::string(in_.ConsumeBool() ? "[\"kvkk\", \"gdpr\"]" : "[\"gdpr\"]"), true);
    if (in_.ConsumeBool()) kv("domestic", std::string("[\"DE\"]"), true);
    if (in_.ConsumeBool()) kv("ai_policy", std::string("policy.md"));
  }

  template <class Body>
  void table(const char* kind, int index, Body body) {
    out_ += std::string("[") + kind + "." + kind[0] + std::to_string(index) + "]\n";
    body();
  }

  /// Mostly a defined id; sometimes one that does not exist (a load error path).
  std::string ref(const char* kind, int count) {
    int n = in_.ConsumeIntegralInRange(0, count);  // == count: undefined
    return std::string(1, kind[0]) + std::to_string(n);
  }

  void list(const char* key, const char* kind, int count) {
    std::string v = "[";
    int n = in_.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < n; ++i) v += (i ? ", \"" : "\"") + ref(kind, count) + "\"";
    kv(key, v + "]", true);
  }

  void flag(const char* key) { kv(key, std::string(in_.ConsumeBool() ? "true" : "false"), true); }

  template <std::size_t N>
  std::string pick(const std::array<std::string_view, N>& values) {
    if (in_.ConsumeIntegralInRange(0, 63) == 0) return in_.ConsumeRandomLengthString(12);  // rarely invalid
    return std::string(values[in_.ConsumeIntegralInRange<std::size_t>(0, N - 1)]);
  }

  void kv(const char* key, const std::string& value, bool raw = false) {
    out_ += std::string(key) + " = ";
    if (raw) {
      out_ += value;
    } else {
      out_ += '"';
      for (char c : value) {
        if (c == '"' || c == '\\') out_ += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out_ += c;
      }
      out_ += '"';
    }
    out_ += "\n";
  }

  FuzzedDataProvider& in_;
  std::string out_;
};

}  // namespace crmflow::fuzz
