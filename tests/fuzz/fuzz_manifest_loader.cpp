// libFuzzer target: the manifest loader (and, when it loads, the checks) on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  crmflow::fuzz::analyzeText(text);
  return 0;
}
