// The plugin's entry: a before-main AST action whose consumer sees each top-level declaration
// just before code generation does, checks every binding on it and writes its code.
#include "BindingAttr.h"
#include "ClassLowering.h"
#include "Diagnostics.h"
#include "Lowering.h"
#include "checks/Checks.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/ScopeExit.h"

using namespace clang;

namespace jsinterop {
namespace {

class BindingConsumer : public ASTConsumer {
public:
  // CheckOnly: report, write nothing (inside jsinterop-clangd, where no code is generated).
  BindingConsumer(CompilerInstance &CI, bool CheckOnly) : CI(CI), CheckOnly(CheckOnly) {}

  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    if (HandingToCodeGen || !CI.hasSema())
      return true;
    if (!Lower)
      Lower.emplace(CI.getSema());
    // A namespace arrives whole: a binding in it may name a class defined further down.
    for (Decl *D : Group)
      declareKinds(D);
    for (Decl *D : Group)
      visit(D);
    // Not from inside an instantiation (Sema hands us the functions it instantiates): a body written
    // there could need the very class being instantiated.
    if (CI.getSema().CodeSynthesisContexts.empty())
      lowerUsedImports();
    return true;
  }

  // A class template's specialization, instantiated: the attributes its members took from the template
  // are put aside (code generation would write them into the module), for an alias that exports it.
  void HandleTagDeclDefinition(TagDecl *D) override {
    auto *Specialization = dyn_cast<ClassTemplateSpecializationDecl>(D);
    if (!Specialization || Specialization->getSpecializationKind() != TSK_ImplicitInstantiation)
      return;
    for (Decl *Member : Specialization->decls())
      if (isa<FunctionDecl, FieldDecl>(Member) && Member->hasAttrs())
        putAsideAnnotations(Member);
  }

  // Runs before code generation's own: the descriptor section still reaches the object.
  void HandleTranslationUnit(ASTContext &) override {
    // Imports that end-of-file instantiations (templates) use: their bodies need instantiations of
    // their own, which Sema has otherwise finished by now.
    if (Lower && lowerUsedImports())
      CI.getSema().PerformPendingInstantiations();
    if (Lower)
      if (Decl *Section = Lower->descriptorSection())
        handToCodeGen(Section);
  }

private:
  CompilerInstance &CI;
  bool CheckOnly;
  std::optional<Lowering> Lower;
  // The binding of each function already handled, by canonical declaration.
  llvm::DenseMap<const FunctionDecl *, checks::FirstDeclaration> Done;
  llvm::StringMap<const NamedDecl *> ExportPaths; // the exports and exported classes of this file, by JS path
  bool HandingToCodeGen = false;
  // Imports checked but not used yet: lowered once the file uses them (most of a large header's never are).
  struct UnusedImport {
    FunctionDecl *FD;
    BindingAttr Binding;
    WireSignature Signature;
  };
  std::vector<UnusedImport> UnusedImports;

  bool lowerUsedImports() {
    bool Lowered = false;
    for (std::size_t I = 0; I < UnusedImports.size();) {
      if (!UnusedImports[I].FD->isUsed()) {
        ++I;
        continue;
      }
      UnusedImport Import = std::move(UnusedImports[I]);
      UnusedImports[I] = std::move(UnusedImports.back());
      UnusedImports.pop_back();
      if (Decl *Written = Lower->lowerImport(Import.FD, Import.Binding, Import.Signature))
        handToCodeGen(Written);
      else if (Import.FD->hasBody())
        handToCodeGen(Import.FD);
      Lowered = true;
    }
    return Lowered;
  }

  void visit(Decl *D) {
    if (auto *FD = dyn_cast<FunctionDecl>(D))
      return handleFunction(FD);
    if (auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      return dropAnnotations(Template->getTemplatedDecl());
    if (auto *Alias = dyn_cast<TypedefNameDecl>(D))
      return handleAlias(Alias);
    if (auto *Class = dyn_cast<CXXRecordDecl>(D); Class && Class->isThisDeclarationADefinition())
      handleClass(Class);
    if (auto *DC = dyn_cast<DeclContext>(D))
      if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl, CXXRecordDecl>(D))
        for (Decl *Member : DC->decls())
          visit(Member);
  }

  // `using Name [[jsinterop::export]] = Template<Arguments>;` exports that specialization as the class
  // Name (in the template's namespace): it is instantiated, marked as an exported class would be, and
  // handled as one. Its members carry the attributes of the template's, instantiated with them.
  void handleAlias(TypedefNameDecl *Alias) {
    llvm::SmallVector<BindingAttr, 1> Bindings = bindingsOf(Alias);
    if (Bindings.empty())
      return;
    Sema &S = CI.getSema();
    QualType Named = Alias->getUnderlyingType();
    if (S.RequireCompleteType(Alias->getLocation(), Named, diag::err_incomplete_type))
      return;
    auto *Specialization = cast<ClassTemplateSpecializationDecl>(Named->getAsCXXRecordDecl())->getDefinition();
    const BindingAttr &Binding = Bindings.front();
    if (std::optional<ClassBinding> Earlier = classBindingOf(Specialization)) {
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_duplicate_export_path)
          << Alias->getQualifiedNameAsString() << classPath(Specialization)
          << Specialization->getQualifiedNameAsString();
      return;
    }
    for (Decl *Member : Specialization->decls())
      restoreAnnotationsPutAside(Member);
    attachBinding(S.getASTContext(), Specialization,
                  {BindingKind::Export, Binding.Path.empty() ? Alias->getName().str() : Binding.Path, "", Binding.Range});
    declareKinds(Specialization);
    visit(Specialization);
  }

  // What each exported class or value object is, for the runtime's templates (ClassLowering.h), in a
  // top-level declaration and every namespace and class in it, before any binding there is lowered:
  // the runtime's test of a class is made once per file, so it must find the declaration the first
  // time (a member may name a nested class, a function a class defined after it in its namespace), and
  // a binding of a class that fails its checks then reports only its own errors.
  void declareKinds(Decl *D) {
    auto *Class = dyn_cast<CXXRecordDecl>(D);
    if (CheckOnly || (Class ? !Class->isThisDeclarationADefinition() : !isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D)))
      return;
    for (Decl *Member : cast<DeclContext>(D)->decls())
      declareKinds(Member);
    if (!Class)
      return;
    // Not a class that will be refused for what it is, which its uses would then fail in the runtime's
    // templates rather than report: a typed handle, a value object whose fields do not cross.
    if (std::optional<ClassBinding> Bound = classBindingOf(Class)) {
      bool Declares = Bound->Kind == ClassKind::Exported
                          ? !isTypedHandleClass(Class)
                          : checks::valueObjectFields(CI.getSema(), Class, *Bound, /*Report=*/false).has_value();
      if (Declares && Lower->hasRuntimeHeader(Class->getLocation()))
        ClassLowering(CI.getSema(), *Lower).declareKind(Class, Bound->Kind);
    }
  }

  // An exported class or a value object: checked and lowered as a whole (ClassLowering.h), before
  // its members are visited. In any other class, an exported member that needs one is an error.
  void handleClass(CXXRecordDecl *Class) {
    Sema &S = CI.getSema();
    std::optional<ClassBinding> Bound = classBindingOf(Class);
    if (!Bound || Bound->Kind == ClassKind::ValueObject)
      checks::membersOfUnexportedClass(S, Class, Bound ? &*Bound : nullptr);
    if (!Bound)
      return;
    // Read by the lowering; a field's would make code generation annotate every access to it.
    llvm::scope_exit Drop([Class] {
      for (FieldDecl *Field : Class->fields())
        dropAnnotations(Field);
    });
    SmallVector<Decl *, 16> Written;
    ClassLowering Classes(S, *Lower);
    bool Exported = Bound->Kind == ClassKind::Exported;
    if (Exported && (!checks::exportedClassShape(S, Class, *Bound) || !checks::uniqueClassPath(S, Class, ExportPaths)))
      return;
    bool Lowers = !CheckOnly && Lower->hasRuntimeHeader(Class->getLocation());
    if (Exported) {
      std::optional<std::vector<checks::ExportedMember>> Members = checks::exportedMembers(S, Class);
      if (Members && Lowers)
        Classes.lowerExportedClass(Class, *Members, Written);
    } else {
      std::optional<std::vector<std::pair<std::string, Wire>>> Fields = checks::valueObjectFields(S, Class, *Bound);
      if (Fields && Lowers)
        Classes.lowerValueObject(Class, *Fields, Written);
      // Refused: from here on an ordinary struct, which a binding that uses it reports as such.
      if (!Fields)
        dropAnnotations(Class);
    }
    for (Decl *D : Written)
      handToCodeGen(D);
  }

  void handleFunction(FunctionDecl *FD) {
    // Most functions a file sees (those of the headers it includes) carry none of our attributes
    // (all of them annotations) and redeclare no binding: nothing to read, check or drop.
    restoreDroppedAnnotations(FD);
    // A constructor or a non-static member function is its class's (handleClass).
    if (const auto *Method = dyn_cast<CXXMethodDecl>(FD); Method && !Method->isStatic())
      return dropAnnotations(FD);
    auto Annotated = [](const Decl *D) { return D->hasAttr<AnnotateAttr>(); };
    if (!Annotated(FD) && llvm::none_of(FD->parameters(), Annotated) && !Done.contains(FD->getCanonicalDecl()))
      return;
    // Read, then removed: code generation would write them into the module.
    llvm::scope_exit Drop([FD] { dropAnnotations(FD); });
    llvm::SmallVector<BindingAttr, 1> Bindings = bindingsOf(FD);
    Sema &S = CI.getSema();
    if (auto Known = Done.find(FD->getCanonicalDecl()); Known != Done.end()) {
      // A redeclaration of a binding already lowered: only what it adds is new to check.
      const checks::FirstDeclaration &First = Known->second;
      Bindings.insert(Bindings.begin(), First.Binding);
      if (checks::singleBinding(S, FD, Bindings) && checks::sameMarshalAs(S, FD, First) &&
          checks::noWasmNameAttributes(S, FD, First.Binding, /*CheckInherited=*/false))
        checks::importHasNoBody(S, FD, First.Binding);
      return;
    }
    if (Bindings.empty()) {
      checks::marshalAsWithoutBinding(S, FD);
      checks::importCallWithoutImport(S, FD, nullptr);
      return;
    }
    const BindingAttr &Binding = Bindings.front();
    Done.try_emplace(FD->getCanonicalDecl(), checks::firstDeclaration(FD, Binding));
    if (!checks::singleBinding(S, FD, Bindings) || !checks::bindingInTime(S, FD, Binding) ||
        !checks::noWasmNameAttributes(S, FD, Binding, /*CheckInherited=*/true) ||
        !checks::callableAtRunTime(S, FD, Binding) || !checks::importHasNoBody(S, FD, Binding) ||
        !checks::functionRefPlacement(S, FD, Binding) || !checks::importCallWithoutImport(S, FD, &Binding))
      return;
    std::optional<WireSignature> Signature = checks::signatureTypes(S, FD);
    if (!Signature || !checks::importCallShape(S, FD, *Signature) ||
        !checks::taskParametersOwned(S, FD, Binding, *Signature) ||
        !checks::importLendsNoInstance(S, FD, Binding, *Signature) ||
        !checks::instancesCopyable(S, FD, Binding) ||
        !checks::uniqueExportPath(S, FD, Binding, ExportPaths) || CheckOnly)
      return;
    if (Binding.Kind == BindingKind::Import && !FD->isUsed()) {
      if (Lower->hasRuntimeHeader(FD->getLocation()))
        UnusedImports.push_back({FD, Binding, *Signature});
      return;
    }
    Decl *Written = Binding.Kind == BindingKind::Import ? Lower->lowerImport(FD, Binding, *Signature)
                                                       : Lower->lowerExport(FD, Binding, *Signature);
    if (Written)
      handToCodeGen(Written);
  }

  void handToCodeGen(Decl *D) {
    HandingToCodeGen = true;
    CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(D));
    HandingToCodeGen = false;
  }
};

class JsinteropAction : public PluginASTAction {
  bool CheckOnly = false;

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override {
    forgetAttachedAnnotations(); // those of an earlier translation unit on this thread
    const llvm::Triple &Triple = CI.getTarget().getTriple();
    if (Triple.getArch() != llvm::Triple::wasm32) {
      // One error says it all; checking bindings that cannot be compiled would only add noise.
      report(CI.getDiagnostics(), SourceLocation(), Diag::err_not_wasm_target) << Triple.str();
      return std::make_unique<ASTConsumer>();
    }
    return std::make_unique<BindingConsumer>(CI, CheckOnly);
  }

  // -fplugin-arg-jsinterop-check-only: diagnostics without lowering.
  bool ParseArgs(const CompilerInstance &, const std::vector<std::string> &Args) override {
    CheckOnly = llvm::is_contained(Args, "check-only");
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

FrontendPluginRegistry::Add<JsinteropAction> Register("jsinterop",
                                                      "jsinterop: JS imports and exports");

} // namespace
} // namespace jsinterop
