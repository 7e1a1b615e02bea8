// libFuzzer target: loader + graph + every check on generated, structurally valid manifests.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "manifest_generator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  crmflow::fuzz::ManifestGenerator generator(in);
  auto analysis = crmflow::fuzz::analyzeText(generator.build());
  // Every finding must point somewhere real.
  for (const auto& f : analysis.findings)
    if (!f.location.known()) __builtin_trap();
  return 0;
}
