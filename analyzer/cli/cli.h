#pragma once
/// The command line: parses arguments, runs the pipeline, writes output, returns the exit status
/// (0 clean, 1 findings at or above --fail-on, 2 analysis incomplete or usage error).
#include <iosfwd>
#include <string>
#include <vector>

namespace crmflow {

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace crmflow
