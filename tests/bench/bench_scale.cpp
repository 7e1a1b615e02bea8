// Scale benchmark: generates manifests of N data categories (N/5 AI functions, N/20 processors in
// sub-processor chains, N/10 purposes, one action per AI function, one consent per purpose, N/100
// notices), deterministic by seed, and times `crmflow check` on each: best wall time of 3 runs and
// peak RSS of the child, with the growth ratio per doubling.
// Usage: bench_scale CRMFLOW [N ...]   (default N = 1000 2000 4000 8000 16000, then 10000)
//        bench_scale --write N DIR       (writes DIR/crmflow.toml, for profiling)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string generate(int n, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int count) { return static_cast<int>(rng() % static_cast<unsigned>(count)); };
  const int purposes = std::max(1, n / 10), ais = std::max(1, n / 5), procs = std::max(1, n / 20),
            notices = std::max(1, n / 100);
  static const char* purposeKinds[] = {"service", "support", "marketing", "analytics", "risk", "personalization"};
  static const char* bases[] = {"contract", "legitimate_interest", "explicit_consent", "legal_obligation"};
  static const char* categories[] = {"contact", "transaction", "behavioral", "communication", "financial", "special.health"};
  static const char* aiKinds[] = {"score", "segment", "predict", "classify", "sentiment", "recommend"};
  static const char* regions[] = {"TR", "US", "DE", "IE"};
  static const char* transfers[] = {"standard_contract", "none", "occasional", "binding_corporate_rules"};
  static const char* effects[] = {"block", "offer", "exclude", "route", "notify"};
  static const char* reviews[] = {"none", "before", "bulk", "after"};
  std::string out = "version = 1\n\n[controller]\nname = \"Bench A.S.\"\ncountry = \"TR\"\n";
  for (int i = 0; i < purposes; ++i)
    out += "\n[purpose.p" + std::to_string(i) + "]\nkind = \"" + purposeKinds[pick(6)] + "\"\nlegal_basis = \"" +
           bases[pick(4)] + "\"\n" + (pick(2) ? "compatible_with = [\"p" + std::to_string(pick(purposes)) + "\"]\n" : "");
  for (int i = 0; i < n; ++i)
    out += "\n[data.d" + std::to_string(i) + "]\ncategory = \"" + categories[pick(6)] + "\"\npurposes = [\"p" +
           std::to_string(pick(purposes)) + "\", \"p" + std::to_string(pick(purposes)) + "\"]\n" +
           (pick(3) ? "retention = \"P" + std::to_string(1 + pick(5)) + "Y\"\n" : "");
  for (int i = 0; i < procs; ++i) {
    // Chains of three: v0 -> v1 -> v2, v3 -> v4 -> v5, ...
    bool chained = i % 3 != 2 && i + 1 < procs;
    out += "\n[processor.v" + std::to_string(i) + "]\nregion = \"" + regions[pick(4)] + "\"\ntransfer = \"" +
           transfers[pick(4)] + "\"\n" + (chained ? "sub_processors = [\"v" + std::to_string(i + 1) + "\"]\n" : "sub_processors = []\n") +
           (pick(2) ? "dpa = \"dpa.pdf\"\n" : "") + (pick(2) ? "retention = \"P" + std::to_string(1 + pick(6)) + "Y\"\n" : "");
  }
  for (int i = 0; i < ais; ++i) {
    std::string inputs;
    for (int k = 0; k < 5; ++k) inputs += (k ? ", \"d" : "\"d") + std::to_string(pick(n)) + "\"";
    out += "\n[ai.a" + std::to_string(i) + "]\nkind = \"" + aiKinds[pick(6)] + "\"\npurpose = \"p" + std::to_string(pick(purposes)) +
           "\"\ninputs = [" + inputs + "]\n" + (pick(10) < 7 ? "processor = \"v" + std::to_string(pick(procs)) + "\"\n" : "") +
           (pick(2) ? "logged = true\n" : "");
    out += "\n[action.x" + std::to_string(i) + "]\neffect = \"" + effects[pick(5)] + "\"\ntrigger = [\"a" + std::to_string(i) +
           "\"]\nhuman_review = \"" + reviews[pick(4)] + "\"\n" + (pick(2) ? "logged = true\n" : "");
  }
  for (int i = 0; i < purposes; ++i)
    out += "\n[consent.c" + std::to_string(i) + "]\npurposes = [\"p" + std::to_string(i) +
           "\"]\nscope = \"specific\"\ninformed = true\nwithdrawable = true\n";
  for (int i = 0; i < notices; ++i) {
    std::string list;
    for (int k = 0; k < 8; ++k) list += (k ? ", \"p" : "\"p") + std::to_string(pick(purposes)) + "\"";
    out += "\n[notice.n" + std::to_string(i) + "]\npurposes = [" + list + "]\nprofiling = true\n";
  }
  return out;
}

struct Measure {
  double seconds;
  long peakKb;
  int status;
};

Measure runOnce(const std::string& crmflow, const fs::path& root) {
  auto start = std::chrono::steady_clock::now();
  std::fflush(stdout);  // the child must not inherit (and repeat) buffered output
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    execl(crmflow.c_str(), crmflow.c_str(), "check", root.c_str(), "--format", "sarif", "--fail-on", "none", nullptr);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return {s, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_scale CRMFLOW [N ...] | bench_scale --write N DIR\n");
    return 2;
  }
  if (std::string(argv[1]) == "--write" && argc == 4) {  // keep one manifest, for profiling
    int n = std::stoi(argv[2]);
    fs::create_directories(argv[3]);
    std::ofstream(fs::path(argv[3]) / "crmflow.toml", std::ios::binary) << generate(n, 20261204u + static_cast<unsigned>(n));
    return 0;
  }
  std::string crmflow = fs::absolute(argv[1]).string();
  std::vector<int> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(std::stoi(argv[i]));
  if (sizes.empty()) sizes = {1000, 2000, 4000, 8000, 16000, 10000};
  fs::path dir = fs::temp_directory_path() / ("crmflow-bench-" + std::to_string(getpid()));
  std::printf("%8s %10s %10s %12s %10s %10s\n", "N", "bytes", "time_s", "peak_rss_mb", "x_time", "x_rss");
  double lastTime = 0;
  long lastRss = 0;
  int lastN = 0;
  for (int n : sizes) {
    fs::create_directories(dir);
    std::string text = generate(n, 20261204u + static_cast<unsigned>(n));
    std::ofstream(dir / "crmflow.toml", std::ios::binary) << text;
    Measure best{1e9, 0, 0};
    for (int r = 0; r < 3; ++r) {
      Measure m = runOnce(crmflow, dir);
      if (m.status != 0) {
        std::fprintf(stderr, "crmflow exited %d at N=%d\n", m.status, n);
        return 1;
      }
      if (m.seconds < best.seconds) best.seconds = m.seconds;
      best.peakKb = std::max(best.peakKb, m.peakKb);
    }
    bool doubling = lastN && n == 2 * lastN;
    char xt[16] = "-", xr[16] = "-";
    if (doubling) {
      std::snprintf(xt, sizeof xt, "%.2f", best.seconds / lastTime);
      std::snprintf(xr, sizeof xr, "%.2f", static_cast<double>(best.peakKb) / static_cast<double>(lastRss));
    }
    std::printf("%8d %10zu %10.3f %12.1f %10s %10s\n", n, text.size(), best.seconds, best.peakKb / 1024.0, xt, xr);
    lastTime = best.seconds, lastRss = best.peakKb, lastN = n;
  }
  fs::remove_all(dir);
  return 0;
}
