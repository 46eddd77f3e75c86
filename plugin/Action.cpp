// The plugin's entry: a before-main AST action whose consumer sees each top-level declaration
// just before code generation does, checks every binding on it and writes its code.
#include "BindingAttr.h"
#include "Diagnostics.h"
#include "Lowering.h"
#include "checks/Checks.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/ScopeExit.h"

using namespace clang;

namespace jsinterop {
namespace {

class BindingConsumer : public ASTConsumer {
public:
  explicit BindingConsumer(CompilerInstance &CI) : CI(CI) {}

  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    if (HandingToCodeGen || !CI.hasSema())
      return true;
    if (!Lower)
      Lower.emplace(CI.getSema());
    for (Decl *D : Group)
      visit(D);
    return true;
  }

private:
  CompilerInstance &CI;
  std::optional<Lowering> Lower;
  llvm::DenseSet<const FunctionDecl *> Done; // canonical declarations already handled
  bool HandingToCodeGen = false;

  void visit(Decl *D) {
    if (auto *FD = dyn_cast<FunctionDecl>(D))
      return handleFunction(FD);
    if (auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      return dropAnnotations(Template->getTemplatedDecl());
    if (auto *DC = dyn_cast<DeclContext>(D))
      if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl, CXXRecordDecl>(D))
        for (Decl *Member : DC->decls())
          visit(Member);
  }

  void handleFunction(FunctionDecl *FD) {
    llvm::scope_exit Drop([FD] { dropAnnotations(FD); });
    llvm::SmallVector<BindingAttr, 1> Bindings = bindingsOf(FD);
    if (Bindings.empty())
      return;
    Sema &S = CI.getSema();
    if (!Done.insert(FD->getCanonicalDecl()).second) {
      // A redeclaration of a binding already lowered: only a body is new to check.
      checks::importHasNoBody(S, FD, Bindings.front());
      return;
    }
    if (!checks::singleBinding(S, FD, Bindings))
      return;
    const BindingAttr &Binding = Bindings.front();
    if (!checks::importHasNoBody(S, FD, Binding))
      return;
    std::optional<WireSignature> Signature = checks::signatureTypes(S, FD);
    if (!Signature || !checks::marshalAsFits(S, FD, *Signature))
      return;
    if (Binding.Kind == BindingKind::Import) {
      Lower->lowerImport(FD, Binding, *Signature);
      return;
    }
    if (FunctionDecl *Wrapper = Lower->lowerExport(FD, Binding, *Signature)) {
      HandingToCodeGen = true;
      CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(Wrapper));
      HandingToCodeGen = false;
    }
  }
};

class JsinteropAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    const llvm::Triple &Triple = CI.getTarget().getTriple();
    if (Triple.getArch() != llvm::Triple::wasm32)
      report(CI.getDiagnostics(), SourceLocation(), Diag::err_not_wasm_target) << Triple.str();
    return std::make_unique<BindingConsumer>(CI);
  }

  bool ParseArgs(const CompilerInstance &, const std::vector<std::string> &) override {
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

FrontendPluginRegistry::Add<JsinteropAction> Register("jsinterop",
                                                      "jsinterop: JS imports and exports");

} // namespace
} // namespace jsinterop
