#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

namespace {

// The first reference to a function in the translation unit before a place, if any.
class FirstUse : public DynamicRecursiveASTVisitor {
public:
  FirstUse(const SourceManager &SM, const FunctionDecl *Target, SourceLocation Before)
      : SM(SM), Target(Target->getCanonicalDecl()), Before(Before) {}

  SourceLocation Found;

  bool VisitDeclRefExpr(DeclRefExpr *E) override {
    see(E->getDecl(), E->getLocation());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) override {
    see(E->getMemberDecl(), E->getMemberLoc());
    return true;
  }

private:
  const SourceManager &SM;
  const Decl *Target;
  SourceLocation Before;

  void see(const Decl *D, SourceLocation Loc) {
    if (D->getCanonicalDecl() != Target || !SM.isBeforeInTranslationUnit(Loc, Before))
      return;
    if (Found.isInvalid() || SM.isBeforeInTranslationUnit(Loc, Found))
      Found = Loc;
  }
};

std::string attributeName(const BindingAttr &Binding) {
  return Binding.Kind == BindingKind::Import ? "import" : "export";
}

} // namespace

bool bindingInTime(Sema &S, const FunctionDecl *FD, const BindingAttr &Binding) {
  if (!FD->getPreviousDecl())
    return true;
  std::string Function = FD->getQualifiedNameAsString();
  // Code generation has emitted an earlier definition without the binding (and Clang drops the
  // attributes of a declaration that follows a definition).
  for (const FunctionDecl *Other : FD->redecls())
    if (Other != FD && Other->isThisDeclarationADefinition()) {
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_binding_too_late)
          << attributeName(Binding) << Function << /*definition*/ 0;
      report(S.getDiagnostics(), Other->getLocation(), Diag::note_defined_or_used_here)
          << Function << /*defined*/ 0;
      return false;
    }
  // A use of an import refers to the function by its C++ symbol, before the binding gives it the
  // one of the body the plugin writes (an export is the C++ function itself: a use is fine). Only a
  // use before the attribute counts.
  if (Binding.Kind != BindingKind::Import || !FD->isUsed(/*CheckUsedAttr=*/false))
    return true;
  FirstUse Use(S.getSourceManager(), FD, Binding.Range.getBegin());
  Use.TraverseDecl(S.getASTContext().getTranslationUnitDecl());
  if (Use.Found.isInvalid())
    return true;
  report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_binding_too_late)
      << attributeName(Binding) << Function << /*first use*/ 1;
  report(S.getDiagnostics(), Use.Found, Diag::note_defined_or_used_here) << Function << /*used*/ 1;
  return false;
}

} // namespace jsinterop::checks
