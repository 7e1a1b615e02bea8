// libFuzzer target: the SARIF, text and JSON writers, in both languages, on the findings of
// generated manifests. The SARIF must parse back as JSON and be byte-identical when written twice.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_support.h"
#include "manifest_generator.h"
#include "report/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace crmflow;
  FuzzedDataProvider in(data, size);
  fuzz::ManifestGenerator generator(in);
  Analysis analysis = fuzz::analyzeText(generator.build());
  // One language per input keeps executions fast; the fuzzer explores both.
  Lang lang = in.ConsumeBool() ? Lang::Tr : Lang::En;
  {
    ReportOptions options{lang, "root/", Level::Warning};
    std::ostringstream sarif, again, text, json;
    writeSarif(sarif, analysis, options);
    writeSarif(again, analysis, options);
    writeText(text, analysis, options);
    writeJson(json, analysis, options);
    if (sarif.str() != again.str()) __builtin_trap();
    auto parsed = nlohmann::json::parse(sarif.str());
    if (parsed["runs"][0]["results"].size() != analysis.findings.size()) __builtin_trap();
    (void)nlohmann::json::parse(json.str());
  }
  return 0;
}
