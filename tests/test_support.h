#pragma once
// Helpers for unit tests: temporary analyzed roots with manifest files.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/cli.h"
#include "engine.h"

#include <sstream>
#include <vector>

namespace crmflow::test {

/// One command-line run, captured.
struct Run {
  int status;
  std::string out, err;
};

inline Run cli(std::vector<std::string> args) {
  std::ostringstream out, err;
  int status = runCli(args, out, err);
  return {status, out.str(), err.str()};
}

class TempRoot {
 public:
  TempRoot() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("crmflow-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempRoot() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  TempRoot& write(const std::string& rel, const std::string& content) {
    auto p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return *this;
  }
  Analysis analyze() const { return crmflow::analyze({path_, {}, {}}); }

 private:
  std::filesystem::path path_;
};

}  // namespace crmflow::test
