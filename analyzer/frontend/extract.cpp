// The per-TU fact extraction: a RecursiveASTVisitor that records crmflow annotations and, for
// every function body, where personal data comes from, where it goes (calls, returns), and which
// checks dominate each call (Clang's CFG and dominator tree).
#include "frontend/extract.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Analysis/Analyses/Dominators.h>
#include <clang/Analysis/CFG.h>
#include <clang/Analysis/CFGStmtMap.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <set>

namespace crmflow {
namespace {
namespace fs = std::filesystem;
using namespace clang;

constexpr std::size_t kMaxSteps = 24;    // a path longer than this is cut: reviewers need the gist
constexpr std::size_t kMaxOrigins = 64;  // per value; keeps pathological code linear

struct Annotation {
  std::string kind, id;
};

std::optional<Annotation> crmflowAnnotation(const Decl* d) {
  if (!d) return std::nullopt;
  for (const auto* a : d->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef text = a->getAnnotation();
    if (!text.consume_front("crmflow:")) continue;
    auto [kind, id] = text.split('=');
    return Annotation{kind.str(), id.str()};
  }
  return std::nullopt;
}

/// Personal-data-looking identifiers (flow/unclassified-personal-data).
bool looksPersonal(llvm::StringRef name) {
  static const std::regex pattern(
      "(e_?mail|phone|msisdn|gsm|tckn|tc_?kimlik|kimlik_?no|national_?id|ssn|iban|address|adres|birth_?date|"
      "dob|dogum|card_?number|pan|health|diagnosis|saglik|tani)",
      std::regex::icase);
  return std::regex_search(name.str(), pattern);
}

class SpanMaker {
 public:
  SpanMaker(const SourceManager& sm, const LangOptions& lo, fs::path root) : sm_(sm), lo_(lo), root_(std::move(root)) {}

  /// Root-relative path of a file, or "" when outside the root (system and third-party headers).
  std::string relative(SourceLocation loc) const {
    loc = sm_.getFileLoc(loc);
    FileID id = sm_.getFileID(loc);
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
    std::string out;
    if (const FileEntry* fe = sm_.getFileEntryForID(id)) {
      std::error_code ec;
      fs::path p = fs::weakly_canonical(fs::path(fe->tryGetRealPathName().empty() ? fe->getName().str() : fe->tryGetRealPathName().str()), ec);
      auto rel = p.lexically_relative(root_);
      if (!rel.empty() && *rel.begin() != "..") out = rel.generic_string();
    }
    cache_[id] = out;
    return out;
  }

  bool inRoot(SourceLocation loc) const { return loc.isValid() && !relative(loc).empty(); }

  Span span(SourceRange range) const {
    SourceLocation b = sm_.getFileLoc(range.getBegin()), e = sm_.getFileLoc(range.getEnd());
    Span s;
    s.file = relative(b);
    if (s.file.empty()) return s;
    e = Lexer::getLocForEndOfToken(e, 0, sm_, lo_);
    s.line = sm_.getSpellingLineNumber(b);
    s.column = codePointColumn(b);
    if (e.isValid() && sm_.getFileID(e) == sm_.getFileID(b)) {
      s.endLine = sm_.getSpellingLineNumber(e);
      s.endColumn = codePointColumn(e);
    } else {
      s.endLine = s.line;
      s.endColumn = s.column + 1;
    }
    return s;
  }

 private:
  /// SARIF columns count code points; Clang's count bytes.
  uint32_t codePointColumn(SourceLocation loc) const {
    bool invalid = false;
    unsigned byteColumn = sm_.getSpellingColumnNumber(loc, &invalid);
    if (invalid) return 1;
    const char* p = sm_.getCharacterData(loc, &invalid);
    if (invalid) return byteColumn;
    const char* lineStart = p - (byteColumn - 1);
    uint32_t col = 1;
    for (const char* q = lineStart; q < p; ++q)
      if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80) ++col;
    return col;
  }

  const SourceManager& sm_;
  const LangOptions& lo_;
  fs::path root_;
  mutable std::map<FileID, std::string> cache_;
};

using Origins = std::vector<Origin>;

void merge(Origins& into, const Origins& from) {
  for (const auto& o : from) {
    if (into.size() >= kMaxOrigins) return;
    bool dup = std::any_of(into.begin(), into.end(), [&](const Origin& x) { return !(x < o) && !(o < x); });
    if (!dup) into.push_back(o);
  }
}

Origins withStep(Origins in, const CodeStep& step) {
  for (auto& o : in)
    if (o.steps.size() < kMaxSteps && (o.steps.empty() || o.steps.back().span != step.span)) o.steps.push_back(step);
  return in;
}

std::string nameOf(const NamedDecl* d) { return d ? d->getQualifiedNameAsString() : std::string(); }

/// The plain identifier of a declaration; "" for operators, constructors and the like
/// (NamedDecl::getName() must not be called on those).
llvm::StringRef identifierOf(const NamedDecl* d) {
  const IdentifierInfo* id = d ? d->getIdentifier() : nullptr;
  return id ? id->getName() : llvm::StringRef();
}

/// Member functions that put their arguments into the object they are called on.
bool isMutator(llvm::StringRef name) {
  static const std::set<std::string> names{"push_back", "emplace_back", "emplace", "insert", "append", "assign", "push",
                                           "push_front", "emplace_front", "set", "add", "put", "write", "operator<<",
                                           "operator+=", "operator=", "operator[]", "try_emplace", "insert_or_assign"};
  return names.count(name.str()) > 0;
}

/// Free functions whose first argument receives the others (C string building).
bool isWriterFunction(llvm::StringRef name) {
  static const std::set<std::string> names{"snprintf", "sprintf", "strcpy", "strncpy", "strcat", "strncat", "memcpy",
                                           "vsnprintf", "format_to", "format_to_n"};
  return names.count(name.str()) > 0;
}

class FunctionAnalyzer {
 public:
  FunctionAnalyzer(ASTContext& ctx, const SpanMaker& spans, const std::map<std::string, std::string>& fieldData,
                   const FunctionDecl* fn, FunctionFact& out)
      : ctx_(ctx), spans_(spans), fieldData_(fieldData), fn_(fn), out_(out) {}

  void run() {
    for (unsigned i = 0; i < fn_->getNumParams(); ++i) {
      const ParmVarDecl* p = fn_->getParamDecl(i);
      Origin o;
      o.kind = Origin::Kind::Param;
      o.index = static_cast<int>(i);
      o.steps.push_back({spans_.span(p->getSourceRange()), "parameter '" + p->getNameAsString() + "'"});
      vars_[p].push_back(o);
      if (auto d = dataOf(p)) vars_[p].push_back(dataOrigin(*d, p->getSourceRange(), "parameter '" + p->getNameAsString() + "'"));
    }
    // Twice: the second pass sees values that loops carry back to earlier statements.
    for (pass_ = 0; pass_ < 2; ++pass_) {
      out_.calls.clear();
      out_.returns.clear();
      out_.dataReads.clear();
      callIndex_.clear();
      conditions_.clear();
      walk(fn_->getBody());
    }
    dominance();
  }

 private:
  std::optional<std::string> dataOf(const Decl* d) const {
    if (auto a = crmflowAnnotation(d); a && a->kind == "data") return a->id;
    if (const auto* nd = dyn_cast_or_null<NamedDecl>(d)) {
      auto it = fieldData_.find(nameOf(nd));
      if (it != fieldData_.end()) return it->second;
    }
    return std::nullopt;
  }

  Origin dataOrigin(const std::string& data, SourceRange where, const std::string& what) {
    Origin o;
    o.kind = Origin::Kind::Data;
    o.data = data;
    o.steps.push_back({spans_.span(where), "personal data '" + data + "' read from " + what});
    return o;
  }

  void walk(const Stmt* s) {
    if (!s) return;
    if (const auto* e = dyn_cast<Expr>(s)) {
      eval(e);
      return;
    }
    if (const auto* ds = dyn_cast<DeclStmt>(s)) {
      for (const Decl* d : ds->decls())
        if (const auto* v = dyn_cast<VarDecl>(d)) declare(v);
      return;
    }
    if (const auto* r = dyn_cast<ReturnStmt>(s)) {
      if (r->getRetValue())
        merge(out_.returns, withStep(eval(r->getRetValue()), {spans_.span(r->getSourceRange()), "returned"}));
      return;
    }
    if (const auto* i = dyn_cast<IfStmt>(s)) {
      walk(i->getInit());
      if (i->getConditionVariableDeclStmt()) walk(i->getConditionVariableDeclStmt());
      conditions_[i->getCond()] = eval(i->getCond());
      walk(i->getThen());
      walk(i->getElse());
      return;
    }
    if (const auto* w = dyn_cast<WhileStmt>(s)) {
      conditions_[w->getCond()] = eval(w->getCond());
      walk(w->getBody());
      return;
    }
    if (const auto* f = dyn_cast<CXXForRangeStmt>(s)) {
      Origins range = eval(f->getRangeInit());
      if (const VarDecl* v = f->getLoopVariable()) merge(vars_[v], withStep(range, {spans_.span(v->getSourceRange()), "element '" + v->getNameAsString() + "'"}));
      walk(f->getBody());
      return;
    }
    if (isa<LambdaExpr>(s)) return;
    for (const Stmt* child : s->children()) walk(child);
  }

  void declare(const VarDecl* v) {
    Origins o;
    if (auto d = dataOf(v)) o.push_back(dataOrigin(*d, v->getSourceRange(), "'" + v->getNameAsString() + "'"));
    if (const Expr* init = v->getInit())
      merge(o, withStep(eval(init), {spans_.span(v->getSourceRange()), "assigned to '" + v->getNameAsString() + "'"}));
    merge(vars_[v], o);
    if (const auto* str = v->getInit() ? dyn_cast<StringLiteral>(v->getInit()->IgnoreParenImpCasts()) : nullptr)
      constants_[v] = str->getString().str();
  }

  /// The variable an lvalue expression names (`x`, `x.field`, `x[i]`, `*x`), for weak updates.
  const ValueDecl* target(const Expr* e) const {
    e = e->IgnoreParenImpCasts();
    if (const auto* r = dyn_cast<DeclRefExpr>(e)) return r->getDecl();
    if (const auto* m = dyn_cast<MemberExpr>(e)) return target(m->getBase());
    if (const auto* a = dyn_cast<ArraySubscriptExpr>(e)) return target(a->getBase());
    if (const auto* u = dyn_cast<UnaryOperator>(e)) return target(u->getSubExpr());
    if (const auto* op = dyn_cast<CXXOperatorCallExpr>(e); op && op->getNumArgs() > 0 &&
                                                          (op->getOperator() == OO_Subscript || op->getOperator() == OO_Star || op->getOperator() == OO_Arrow))
      return target(op->getArg(0));
    if (const auto* mc = dyn_cast<CXXMemberCallExpr>(e)) return target(mc->getImplicitObjectArgument());
    return nullptr;
  }

  void flowInto(const Expr* lhs, const Origins& value, SourceRange where) {
    const ValueDecl* t = target(lhs);
    if (!t || value.empty()) return;
    merge(vars_[t], withStep(value, {spans_.span(where), "stored in '" + t->getNameAsString() + "'"}));
  }

  Origins eval(const Expr* e) {
    if (!e) return {};
    e = e->IgnoreParens();
    if (const auto* r = dyn_cast<DeclRefExpr>(e)) {
      const ValueDecl* d = r->getDecl();
      Origins o = vars_.count(d) ? vars_[d] : Origins{};
      if (!vars_.count(d)) {
        if (auto data = dataOf(d)) o.push_back(dataOrigin(*data, r->getSourceRange(), "'" + nameOf(d) + "'"));
      }
      noteRead(o);
      return o;
    }
    if (const auto* m = dyn_cast<MemberExpr>(e)) {
      Origins o = eval(m->getBase());
      if (auto data = dataOf(m->getMemberDecl()); data && isa<FieldDecl>(m->getMemberDecl())) {
        Origins field{dataOrigin(*data, m->getSourceRange(), "'" + nameOf(m->getMemberDecl()) + "'")};
        noteRead(field);
        // A read of one mapped field carries that field's data, not every data of the object.
        return field;
      }
      return o;
    }
    if (const auto* b = dyn_cast<BinaryOperator>(e)) {
      Origins rhs = eval(b->getRHS());
      if (b->isAssignmentOp()) {
        Origins value = rhs;
        if (b->isCompoundAssignmentOp()) merge(value, eval(b->getLHS()));
        else eval(b->getLHS());
        flowInto(b->getLHS(), value, b->getSourceRange());
        return value;
      }
      Origins lhs = eval(b->getLHS());
      merge(lhs, rhs);
      return lhs;
    }
    if (const auto* c = dyn_cast<CallExpr>(e)) return call(c);
    if (const auto* ctor = dyn_cast<CXXConstructExpr>(e)) {
      Origins o;
      for (const Expr* a : ctor->arguments()) merge(o, eval(a));
      return o;
    }
    if (const auto* lambda = dyn_cast<LambdaExpr>(e)) {
      Origins o;
      for (const Expr* init : lambda->capture_inits()) merge(o, withStep(eval(init), {spans_.span(lambda->getSourceRange()), "captured by a lambda"}));
      // The lambda body is analyzed as its own function (its operator()); captures flow in here.
      return o;
    }
    if (isa<StringLiteral>(e) || isa<IntegerLiteral>(e) || isa<FloatingLiteral>(e) || isa<CXXBoolLiteralExpr>(e)) return {};
    Origins o;
    for (const Stmt* child : e->children())
      if (const auto* ce = dyn_cast_or_null<Expr>(child)) merge(o, eval(ce));
    return o;
  }

  void noteRead(const Origins& o) {
    for (const auto& x : o)
      if (x.kind == Origin::Kind::Data && x.steps.size() == 1) merge(out_.dataReads, Origins{x});
  }

  Origins call(const CallExpr* c) {
    const FunctionDecl* callee = c->getDirectCallee();
    std::string name = nameOf(callee);
    const Expr* object = nullptr;
    std::vector<const Expr*> args(c->arg_begin(), c->arg_end());
    if (const auto* mc = dyn_cast<CXXMemberCallExpr>(c)) object = mc->getImplicitObjectArgument();
    if (const auto* op = dyn_cast<CXXOperatorCallExpr>(c); op && isa_and_nonnull<CXXMethodDecl>(callee) && !args.empty()) {
      object = args.front();
      args.erase(args.begin());
    }
    Origins objectOrigins = object ? eval(object) : Origins{};
    std::vector<Origins> argOrigins;
    for (const Expr* a : args) argOrigins.push_back(eval(a));

    // A getter or function annotated (or mapped) as personal data returns that data.
    Origins result;
    if (auto data = dataOf(callee)) result.push_back(dataOrigin(*data, c->getSourceRange(), "'" + name + "()'"));

    llvm::StringRef shortName = identifierOf(callee);
    std::string opName = callee && callee->getOverloadedOperator() != OO_None
                             ? std::string("operator") + getOperatorSpelling(callee->getOverloadedOperator())
                             : shortName.str();
    if (object && isMutator(opName)) {
      Origins all;
      for (const auto& a : argOrigins) merge(all, a);
      flowInto(object, all, c->getSourceRange());
    }
    if (!object && isWriterFunction(shortName) && !args.empty()) {
      Origins all;
      for (std::size_t i = 1; i < argOrigins.size(); ++i) merge(all, argOrigins[i]);
      flowInto(args.front(), all, c->getSourceRange());
    }

    // Library plumbing (std::, fmt::, operators) adds no step a reviewer needs to see.
    bool quiet = name.rfind("std::", 0) == 0 || name.rfind("fmt::", 0) == 0 || (callee && callee->isOverloadedOperator());
    // Record the call; its result is resolved in the link step from the callee's summary.
    auto [it, fresh] = callIndex_.try_emplace(c, static_cast<int>(out_.calls.size()));
    if (fresh) {
      CallFact fact;
      fact.callee = name;
      fact.span = spans_.span(c->getSourceRange());
      std::string sep = object ? "." : "";
      for (std::size_t i = 0; i < args.size(); ++i) {
        fact.args.push_back(quiet ? argOrigins[i] : withStep(argOrigins[i], {fact.span, "passed to '" + name + "'"}));
        collectUrls(args[i], fact.urls);
        std::vector<std::string> names;
        collectPersonalNames(args[i], names);
        for (auto& n : names) fact.personalNames.emplace_back(static_cast<int>(i), std::move(n));
      }
      fact.object = withStep(objectOrigins, {fact.span, "used by '" + name + "'"});
      fact.voidResult = callee && callee->getReturnType()->isVoidType();
      out_.calls.push_back(std::move(fact));
      stmtOfCall_.push_back(c);
    }
    Origin r;
    r.kind = Origin::Kind::CallResult;
    r.index = it->second;
    if (!quiet) r.steps.push_back({spans_.span(c->getSourceRange()), "result of '" + name + "'"});
    result.push_back(r);
    return result;
  }

  void collectUrls(const Expr* e, std::vector<std::string>& urls) {
    if (!e) return;
    e = e->IgnoreParenImpCasts();
    if (const auto* s = dyn_cast<StringLiteral>(e)) {
      if (s->getCharByteWidth() == 1 && s->getString().contains("://")) urls.push_back(s->getString().str());
      return;
    }
    if (const auto* r = dyn_cast<DeclRefExpr>(e)) {
      if (const auto* v = dyn_cast<VarDecl>(r->getDecl())) {
        auto it = constants_.find(v);
        if (it != constants_.end()) {
          if (it->second.find("://") != std::string::npos) urls.push_back(it->second);
        } else if (v->getInit() && (v->getType().isConstQualified() || v->isConstexpr())) {
          collectUrls(v->getInit(), urls);
        } else if (v->hasGlobalStorage() && v->getInit()) {
          collectUrls(v->getInit(), urls);
        }
      }
      return;
    }
    for (const Stmt* child : e->children())
      if (const auto* ce = dyn_cast_or_null<Expr>(child)) collectUrls(ce, urls);
  }

  void collectPersonalNames(const Expr* e, std::vector<std::string>& names) {
    if (!e) return;
    e = e->IgnoreParenImpCasts();
    const NamedDecl* d = nullptr;
    if (const auto* r = dyn_cast<DeclRefExpr>(e)) d = r->getDecl();
    if (const auto* m = dyn_cast<MemberExpr>(e)) d = m->getMemberDecl();
    if (d && looksPersonal(identifierOf(d))) {
      names.push_back(d->getNameAsString());
      return;
    }
    for (const Stmt* child : e->children())
      if (const auto* ce = dyn_cast_or_null<Expr>(child)) collectPersonalNames(ce, names);
  }

  /// For each call: checks whose true result dominates it, void calls that dominate it, and the
  /// values of the branch conditions that decide whether it runs.
  void dominance() {
    CFG::BuildOptions options;
    std::unique_ptr<CFG> cfg = CFG::buildCFG(fn_, fn_->getBody(), &ctx_, options);
    if (!cfg) return;
    ParentMap parents(fn_->getBody());
    std::unique_ptr<CFGStmtMap> map(CFGStmtMap::Build(cfg.get(), &parents));
    if (!map) return;
    CFGDomTree dom;
    dom.buildDominatorTree(cfg.get());

    struct Branch {
      const CFGBlock* block;
      const CFGBlock* whenTrue;   // successor taken when the checked call returned true
      std::string callee;         // "" when the condition is not a call
      const Expr* condition;
    };
    std::vector<Branch> branches;
    for (const CFGBlock* b : *cfg) {
      const Stmt* cond = b->getTerminatorCondition();
      if (!cond || b->succ_size() != 2) continue;
      const auto* e = dyn_cast<Expr>(cond);
      if (!e) continue;
      bool negated = false;
      const Expr* inner = e->IgnoreParenImpCasts();
      while (const auto* u = dyn_cast<UnaryOperator>(inner)) {
        if (u->getOpcode() != UO_LNot) break;
        negated = !negated;
        inner = u->getSubExpr()->IgnoreParenImpCasts();
      }
      // `bool ok = check(c); if (!ok) return;`
      if (const auto* r = dyn_cast<DeclRefExpr>(inner))
        if (const auto* v = dyn_cast<VarDecl>(r->getDecl()); v && v->getInit()) inner = v->getInit()->IgnoreParenImpCasts();
      std::string callee;
      if (const auto* c = dyn_cast<CallExpr>(inner)) callee = nameOf(c->getDirectCallee());
      const CFGBlock* t = b->succ_begin()->getReachableBlock();
      const CFGBlock* f = (b->succ_begin() + 1)->getReachableBlock();
      branches.push_back({b, negated ? f : t, callee, e});
    }
    for (std::size_t i = 0; i < out_.calls.size(); ++i) {
      const CFGBlock* at = map->getBlock(stmtOfCall_[i]);
      if (!at) continue;
      CallFact& fact = out_.calls[i];
      for (const Branch& br : branches) {
        if (br.whenTrue && !br.callee.empty() && dom.dominates(br.whenTrue, at)) fact.dominatingTrue.push_back(br.callee);
        if (br.block != at && dom.dominates(br.block, at)) {
          auto it = conditions_.find(br.condition);
          if (it != conditions_.end()) merge(fact.decides, withStep(it->second, {fact.span, "decides whether '" + fact.callee + "' runs"}));
          else merge(fact.decides, withStep(evalCondition(br.condition), {fact.span, "decides whether '" + fact.callee + "' runs"}));
        }
      }
      for (std::size_t j = 0; j < out_.calls.size(); ++j) {
        if (j == i || !out_.calls[j].voidResult) continue;
        const CFGBlock* other = map->getBlock(stmtOfCall_[j]);
        if (!other) continue;
        bool before = other == at ? stmtOfCall_[j]->getBeginLoc() < stmtOfCall_[i]->getBeginLoc() : dom.dominates(other, at);
        if (before) fact.dominatingCalls.push_back(out_.calls[j].callee);
      }
    }
  }

  /// Condition values not seen by walk() (loop conditions, `&&` operands): computed without
  /// recording new calls.
  Origins evalCondition(const Expr* e) {
    for (const auto& [cond, origins] : conditions_)
      if (cond && cond->getSourceRange().fullyContains(e->getSourceRange())) return origins;
    return {};
  }

  ASTContext& ctx_;
  const SpanMaker& spans_;
  const std::map<std::string, std::string>& fieldData_;
  const FunctionDecl* fn_;
  FunctionFact& out_;
  int pass_ = 0;
  std::map<const ValueDecl*, Origins> vars_;
  std::map<const VarDecl*, std::string> constants_;
  std::map<const CallExpr*, int> callIndex_;
  std::vector<const CallExpr*> stmtOfCall_;
  std::map<const Expr*, Origins> conditions_;
};

class Visitor : public RecursiveASTVisitor<Visitor> {
 public:
  Visitor(ASTContext& ctx, const SpanMaker& spans, const std::map<std::string, std::string>& fieldData, TuFacts& out)
      : ctx_(ctx), spans_(spans), fieldData_(fieldData), out_(out) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitLambdaBody() const { return true; }

  bool VisitNamedDecl(NamedDecl* d) {
    if (!spans_.inRoot(d->getLocation())) return true;
    if (isa<FunctionDecl>(d) || isa<FieldDecl>(d) || (isa<VarDecl>(d) && !isa<ParmVarDecl>(d) && cast<VarDecl>(d)->hasGlobalStorage()))
      out_.declared.push_back(nameOf(d));
    if (auto a = crmflowAnnotation(d)) out_.annotations.push_back({nameOf(d), a->kind, a->id, spans_.span(d->getLocation())});
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl* fn) {
    if (!fn->doesThisDeclarationHaveABody() || fn->isDependentContext() || !spans_.inRoot(fn->getLocation())) return true;
    FunctionFact fact;
    fact.name = nameOf(fn);
    if (const auto* m = dyn_cast<CXXMethodDecl>(fn); m && m->getParent()->isLambda()) fact.name = lambdaName(m);
    fact.span = spans_.span(fn->getLocation());
    fact.purpose = purposeOf(fn);
    FunctionAnalyzer(ctx_, spans_, fieldData_, fn, fact).run();
    out_.functions.push_back(std::move(fact));
    return true;
  }

 private:
  /// crmflow:purpose= on the function, else on its enclosing classes and namespaces.
  static std::string purposeOf(const Decl* d) {
    for (; d; d = dyn_cast_or_null<Decl>(d->getDeclContext())) {
      if (auto a = crmflowAnnotation(d); a && a->kind == "purpose") return a->id;
      if (isa<TranslationUnitDecl>(d)) break;
    }
    return {};
  }

  std::string lambdaName(const CXXMethodDecl* m) const {
    Span s = spans_.span(m->getParent()->getLocation());
    return "lambda@" + s.file + ":" + std::to_string(s.line) + ":" + std::to_string(s.column);
  }

  ASTContext& ctx_;
  const SpanMaker& spans_;
  const std::map<std::string, std::string>& fieldData_;
  TuFacts& out_;
};

}  // namespace

void extractFacts(ASTContext& ctx, const std::filesystem::path& root, const std::map<std::string, std::string>& fieldData,
                  TuFacts& out) {
  SpanMaker spans(ctx.getSourceManager(), ctx.getLangOpts(), root);
  Visitor(ctx, spans, fieldData, out).TraverseAST(ctx);
  std::sort(out.declared.begin(), out.declared.end());
  out.declared.erase(std::unique(out.declared.begin(), out.declared.end()), out.declared.end());
}

}  // namespace crmflow
