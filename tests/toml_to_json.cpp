// Converts TOML files to JSON (toml++'s formatter) so a JSON Schema validator can check manifests.
// Usage: toml_to_json IN.toml OUT.json   (exit 1 when IN is not valid TOML)
#include <toml++/toml.h>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: toml_to_json IN.toml OUT.json\n";
    return 2;
  }
  try {
    toml::table table = toml::parse_file(argv[1]);
    std::ofstream out(argv[2]);
    toml::json_formatter formatter{table};
    out << formatter << "\n";
  } catch (const toml::parse_error& e) {
    std::cerr << argv[1] << ": " << e.description() << "\n";
    return 1;
  }
  return 0;
}
