// Runs Clang over the selected translation units, one ClangTool per TU (each with its own
// physical file system, so threads do not share state), and collects their facts.
#include "frontend/frontend.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <algorithm>
#include <atomic>
#include <fnmatch.h>
#include <thread>

#include "frontend/clang_info.h"
#include "frontend/extract.h"

namespace crmflow {
namespace {
namespace fs = std::filesystem;
using namespace clang;

/// Collects the compiler's errors (the TU is then not analyzed) as "file:line:col: message".
class ErrorCollector : public DiagnosticConsumer {
 public:
  explicit ErrorCollector(std::vector<std::string>& errors) : errors_(errors) {}
  void HandleDiagnostic(DiagnosticsEngine::Level level, const clang::Diagnostic& info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < DiagnosticsEngine::Error || errors_.size() >= 5) return;
    llvm::SmallString<256> text;
    info.FormatDiagnostic(text);
    std::string where;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      PresumedLoc p = info.getSourceManager().getPresumedLoc(info.getLocation());
      if (p.isValid()) where = std::string(p.getFilename()) + ":" + std::to_string(p.getLine()) + ":" + std::to_string(p.getColumn()) + ": ";
    }
    errors_.push_back(where + text.str().str());
  }

 private:
  std::vector<std::string>& errors_;
};

class ExtractAction : public ASTFrontendAction {
 public:
  ExtractAction(const FrontendOptions& o, TuFacts& out) : options_(o), out_(out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance&, llvm::StringRef) override {
    struct Consumer : ASTConsumer {
      Consumer(const FrontendOptions& o, TuFacts& out) : options(o), out(out) {}
      void HandleTranslationUnit(ASTContext& ctx) override {
        if (ctx.getDiagnostics().hasErrorOccurred()) return;  // a TU with errors is reported, not analyzed
        extractFacts(ctx, options.root, options.fieldData, out);
      }
      const FrontendOptions& options;
      TuFacts& out;
    };
    return std::make_unique<Consumer>(options_, out_);
  }

 private:
  const FrontendOptions& options_;
  TuFacts& out_;
};

class ExtractFactory : public tooling::FrontendActionFactory {
 public:
  ExtractFactory(const FrontendOptions& o, TuFacts& out) : options_(o), out_(out) {}
  std::unique_ptr<FrontendAction> create() override { return std::make_unique<ExtractAction>(options_, out_); }

 private:
  const FrontendOptions& options_;
  TuFacts& out_;
};

bool matchesAny(const std::string& rel, const std::vector<std::string>& globs) {
  for (const auto& g : globs) {
    // `**/` may match no folder at all.
    std::string alt = g;
    for (std::size_t p; (p = alt.find("**/")) != std::string::npos;) alt.erase(p, 3);
    if (fnmatch(g.c_str(), rel.c_str(), 0) == 0 || fnmatch(alt.c_str(), rel.c_str(), 0) == 0) return true;
  }
  return false;
}

void analyzeOne(const tooling::CompilationDatabase& db, const std::string& file, const FrontendOptions& options, TuFacts& out) {
  tooling::ClangTool tool(db, {file}, std::make_shared<PCHContainerOperations>(), llvm::vfs::createPhysicalFileSystem());
  tool.appendArgumentsAdjuster(tooling::getClangSyntaxOnlyAdjuster());
  tool.appendArgumentsAdjuster(tooling::getClangStripOutputAdjuster());
  // Builtin headers (stddef.h) resolve only through the resource dir baked in at configure time.
  tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster(("-resource-dir=" + std::string(clangResourceDir())).c_str(), tooling::ArgumentInsertPosition::END));
  // Our consumer reports errors; no "N errors generated" or "Error while processing" on stderr.
  tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster("-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));
  tool.setPrintErrorMessage(false);
  ErrorCollector errors(out.errors);
  tool.setDiagnosticConsumer(&errors);
  ExtractFactory factory(options, out);
  int status = tool.run(&factory);
  if (status != 0 && out.errors.empty()) out.errors.push_back("clang could not process the file");
}

}  // namespace

std::vector<TuFacts> runFrontend(const FrontendOptions& given, Diagnostics& diags) {
  std::error_code ec;
  FrontendOptions options = given;
  // Spans are relative to the real root, whatever the working directory or symlinks on the way.
  options.root = fs::weakly_canonical(fs::absolute(given.root), ec);
  const fs::path& root = options.root;
  fs::path dbPath = options.compileCommands;
  if (fs::is_directory(dbPath, ec)) dbPath /= "compile_commands.json";
  std::string error;
  // Only a regular file: a device or FIFO named by mistake would be read forever.
  if (!fs::is_regular_file(dbPath, ec)) {
    diags.error(Span{}, "cannot load the compilation database " + dbPath.generic_string() + ": not a regular file");
    return {};
  }
  auto db = tooling::JSONCompilationDatabase::loadFromFile(dbPath.string(), error, tooling::JSONCommandLineSyntax::AutoDetect);
  if (!db) {
    diags.error(Span{}, "cannot load the compilation database " + dbPath.generic_string() + ": " + error);
    return {};
  }
  std::vector<std::string> files;
  for (const auto& f : db->getAllFiles()) {
    fs::path abs = fs::weakly_canonical(f, ec);
    std::string rel = abs.lexically_relative(root).generic_string();
    if (!options.sources.empty() && !matchesAny(rel, options.sources)) continue;
    if (matchesAny(rel, options.exclude)) continue;
    files.push_back(abs.string());
  }
  if (!options.files.empty()) {
    std::vector<std::string> chosen;
    for (const auto& f : options.files) {
      fs::path abs = fs::weakly_canonical(fs::absolute(f), ec);
      if (std::find(files.begin(), files.end(), abs.string()) == files.end()) {
        diags.error(Span{}, "'" + f + "' is not a translation unit of " + dbPath.generic_string() + " (or it is excluded)");
        continue;
      }
      chosen.push_back(abs.string());
    }
    files = chosen;
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());

  std::vector<TuFacts> results(files.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < files.size();) {
      results[i].file = fs::path(files[i]).lexically_relative(root).generic_string();
      analyzeOne(*db, files[i], options, results[i]);
    }
  };
  unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(files.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();

  for (const auto& tu : results) {
    if (tu.errors.empty()) continue;
    std::string message = "translation unit " + tu.file + " does not compile; it was not analyzed:";
    for (const auto& e : tu.errors) message += "\n  " + e;
    diags.error(Span{tu.file, 1, 1, 1, 1}, message);
  }
  return results;
}

}  // namespace crmflow
