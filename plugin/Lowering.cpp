#include "Lowering.h"

#include "Descriptor.h"
#include "Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Mangle.h"
#include "clang/Sema/Lookup.h"
#include "clang/Sema/Sema.h"
#include "llvm/Support/xxhash.h"

namespace jsinterop {
using namespace clang;

namespace {

QualType wasmType(const ASTContext &C, char Letter) {
  switch (Letter) {
  case 'I':
    return C.LongLongTy;
  case 'f':
    return C.FloatTy;
  case 'd':
    return C.DoubleTy;
  default:
    return C.IntTy;
  }
}

void appendWasmTypes(const ASTContext &C, std::string_view Letters,
                     SmallVectorImpl<QualType> &Into) {
  for (char Letter : Letters)
    Into.push_back(wasmType(C, Letter));
}

} // namespace

Lowering::Lowering(Sema &S) : S(S), Mangler(S.getASTContext().createMangleContext()) {}
Lowering::~Lowering() = default;

std::string Lowering::mangledName(const FunctionDecl *FD) {
  if (!Mangler->shouldMangleDeclName(FD))
    return FD->getName().str();
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Mangler->mangleName(GlobalDecl(FD), OS);
  return Name;
}

// Unique per C++ function and descriptor, equal across translation units that agree on both.
std::string Lowering::bindingSymbol(StringRef Prefix, const FunctionDecl *FD, StringRef Descriptor) {
  return (Prefix + "." + mangledName(FD) + "." + llvm::utohexstr(llvm::xxh3_64bits(Descriptor)))
      .str();
}

NamespaceDecl *Lowering::runtimeNamespace(StringRef Name, SourceLocation Loc) {
  if (NamespaceDecl *Known = Namespaces.lookup(Name))
    return Known;
  ASTContext &C = S.getASTContext();
  NamespaceDecl *Found = nullptr;
  LookupResult Outer(S, &C.Idents.get("jsinterop"), Loc, Sema::LookupNamespaceName);
  if (S.LookupQualifiedName(Outer, C.getTranslationUnitDecl()))
    if (auto *Jsinterop = Outer.getAsSingle<NamespaceDecl>()) {
      LookupResult Inner(S, &C.Idents.get(Name), Loc, Sema::LookupNamespaceName);
      if (S.LookupQualifiedName(Inner, Jsinterop))
        Found = Inner.getAsSingle<NamespaceDecl>();
    }
  if (Found)
    Namespaces[Name] = Found;
  else if (!ReportedMissingHeader) {
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
    ReportedMissingHeader = true;
  }
  return Found;
}

QualType Lowering::boundType(QualType Declared, LeafMode Mode, SourceLocation Loc) {
  if (Mode == LeafMode::Default)
    return Declared;
  NamespaceDecl *Abi = runtimeNamespace("abi", Loc);
  if (!Abi)
    return QualType();
  ASTContext &C = S.getASTContext();
  LookupResult Lookup(S, &C.Idents.get(Mode == LeafMode::Number ? "as_number" : "as_bigint"), Loc,
                      Sema::LookupOrdinaryName);
  S.LookupQualifiedName(Lookup, Abi);
  auto *Tag = Lookup.getAsSingle<ClassTemplateDecl>();
  if (!Tag) {
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
    return QualType();
  }
  QualType Value = Declared.getNonReferenceType().getUnqualifiedType();
  TemplateArgumentListInfo Args(Loc, Loc);
  Args.addArgument(
      TemplateArgumentLoc(TemplateArgument(Value), C.getTrivialTypeSourceInfo(Value, Loc)));
  return S.CheckTemplateIdType(ElaboratedTypeKeyword::None, TemplateName(Tag), Loc, Args,
                               /*Scope=*/nullptr, /*ForNestedNameSpecifier=*/false);
}

FunctionDecl *Lowering::createFunction(StringRef Name, QualType Result, ArrayRef<QualType> Params,
                                       StorageClass Storage, std::string Symbol,
                                       SourceLocation Loc) {
  ASTContext &C = S.getASTContext();
  QualType Type = C.getFunctionType(Result, Params, FunctionProtoType::ExtProtoInfo());
  auto *FD = FunctionDecl::Create(C, C.getTranslationUnitDecl(), Loc, Loc, &C.Idents.get(Name),
                                  Type, C.getTrivialTypeSourceInfo(Type, Loc), Storage);
  SmallVector<ParmVarDecl *, 8> Parms;
  for (unsigned I = 0; I < Params.size(); ++I) {
    auto *P = ParmVarDecl::Create(C, FD, Loc, Loc, &C.Idents.get("w" + std::to_string(I)),
                                  Params[I], C.getTrivialTypeSourceInfo(Params[I], Loc), SC_None,
                                  nullptr);
    P->setScopeInfo(0, I);
    Parms.push_back(P);
  }
  FD->setParams(Parms);
  FD->setImplicit(true);
  FD->addAttr(AsmLabelAttr::CreateImplicit(C, Symbol));
  C.getTranslationUnitDecl()->addHiddenDecl(FD);
  return FD;
}

// Into's body becomes `return ::jsinterop::detail::Template<Sig>(&Target, Into's parameters...);`
// where Sig is Declared's function type with the marshal_as tags of Signature.
bool Lowering::setBodyCallingRuntime(FunctionDecl *Into, StringRef Template,
                                     const FunctionDecl *Declared, const WireSignature &Signature,
                                     FunctionDecl *Target, SourceLocation Loc) {
  ASTContext &C = S.getASTContext();
  Sema::SynthesizedFunctionScope Scope(S, Into);

  const auto *Proto = Declared->getType()->castAs<FunctionProtoType>();
  SmallVector<QualType, 8> ParamTypes;
  for (unsigned I = 0; I < Proto->getNumParams(); ++I)
    ParamTypes.push_back(boundType(Proto->getParamType(I), Signature.Params[I].Mode, Loc));
  QualType ResultType = boundType(Proto->getReturnType(), Signature.Result.Mode, Loc);
  if (ResultType.isNull() || llvm::any_of(ParamTypes, [](QualType T) { return T.isNull(); }))
    return false;
  QualType SigType =
      C.getFunctionType(ResultType, ParamTypes, FunctionProtoType::ExtProtoInfo());
  Expr *TargetRef = S.BuildDeclRefExpr(Target, Target->getType(), VK_LValue, Loc);
  ExprResult TargetAddress = S.CreateBuiltinUnaryOp(Loc, UO_AddrOf, TargetRef);
  if (TargetAddress.isInvalid())
    return false;
  SmallVector<Expr *, 8> CallArgs{TargetAddress.get()};
  for (ParmVarDecl *P : Into->parameters())
    CallArgs.push_back(
        S.BuildDeclRefExpr(P, P->getType().getNonReferenceType(), VK_LValue, Loc));

  IdentifierInfo *TemplateName = &C.Idents.get(Template);
  SpecializationKey Key{TemplateName, C.getCanonicalType(SigType).getAsOpaquePtr(),
                        C.getCanonicalType(Target->getType()).getAsOpaquePtr()};
  ExprResult Callee;
  if (FunctionDecl *Known = Specializations.lookup(Key)) {
    Callee = S.BuildDeclRefExpr(Known, Known->getType(), VK_LValue, Loc);
  } else {
    NamespaceDecl *NS = runtimeNamespace("detail", Loc);
    if (!NS)
      return false;
    LookupResult Lookup(S, TemplateName, Loc, Sema::LookupOrdinaryName);
    if (!S.LookupQualifiedName(Lookup, NS)) {
      report(S.getDiagnostics(), Loc, Diag::err_missing_header);
      return false;
    }
    TemplateArgumentListInfo Args(Loc, Loc);
    Args.addArgument(TemplateArgumentLoc(TemplateArgument(SigType),
                                         C.getTrivialTypeSourceInfo(SigType, Loc)));
    CXXScopeSpec NoScope;
    Callee = S.BuildTemplateIdExpr(NoScope, SourceLocation(), Lookup, /*RequiresADL=*/false, &Args);
  }
  if (Callee.isInvalid())
    return false;
  ExprResult Call = S.BuildCallExpr(nullptr, Callee.get(), Loc, CallArgs, Loc);
  if (Call.isInvalid())
    return false;
  // A class-type result wraps the call (in a temporary's binding, say).
  if (auto *Made = dyn_cast<CallExpr>(Call.get()->IgnoreImplicit()))
    if (FunctionDecl *Called = Made->getDirectCallee())
      Specializations.try_emplace(Key, Called);
  StmtResult Return = S.BuildReturnStmt(Loc, Call.get());
  if (Return.isInvalid())
    return false;
  Into->setBody(CompoundStmt::Create(C, {Return.get()}, FPOptionsOverride(), Loc, Loc));
  return true;
}

namespace {

// The wasm shape of a binding's result: an error slot for result<T>, then T's own result.
struct ResultShape {
  bool ErrorSlot;       // result<T>: an import takes a leading i32 error slot
  bool InMemory;        // T's result travels through memory
  std::string_view Letter; // otherwise T's wasm result letter, or empty for none
};

ResultShape resultShape(const Wire &Result) {
  bool ErrorSlot = Result.Type == abi::wire_type::Result;
  const Wire &Value = ErrorSlot ? Result.Args.front() : Result;
  std::string_view Letters = Value.info().result_wasm;
  bool InMemory = Letters == "p";
  return {ErrorSlot, InMemory, InMemory ? std::string_view() : Letters};
}

// Whether FD is its own wasm import or export: every value crosses as itself, and is passed by
// value (a const reference is a pointer in wasm).
bool crossesAsItself(const FunctionDecl *FD, const WireSignature &Signature) {
  return abi::crosses_as_itself(Signature.Result.Type.Type) &&
         llvm::all_of(Signature.Params,
                      [](const BoundType &P) { return abi::crosses_as_itself(P.Type.Type); }) &&
         llvm::none_of(FD->parameters(),
                       [](const ParmVarDecl *P) { return P->getType()->isReferenceType(); });
}

} // namespace

FunctionDecl *Lowering::lowerImport(FunctionDecl *FD, const BindingAttr &Binding,
                                    const WireSignature &Signature) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = FD->getLocation();
  // Every binding needs the runtime header, even one that calls none of its templates: the
  // module must be linked with the runtime library, and one early error beats a link error.
  if (!runtimeNamespace("detail", Loc))
    return nullptr;
  std::string Descriptor = descriptor(FD, Binding, Signature);
  // Unique per binding: two imports of one signature are two wasm imports.
  std::string RawSymbol = bindingSymbol("__jsinterop_import", FD, Descriptor);
  auto MakeWasmImport = [&](FunctionDecl *Into) {
    Into->addAttr(WebAssemblyImportModuleAttr::CreateImplicit(C, abi::import_module));
    Into->addAttr(WebAssemblyImportNameAttr::CreateImplicit(C, Descriptor));
  };
  // Values that cross as themselves: the user's declaration is the wasm import (no code at all).
  // One with internal linkage needs a definition in this file, so it takes the general path.
  if (crossesAsItself(FD, Signature) && FD->isExternallyVisible()) {
    FD->addAttr(AsmLabelAttr::CreateImplicit(C, RawSymbol));
    MakeWasmImport(FD);
    return nullptr;
  }

  ResultShape Result = resultShape(Signature.Result.Type);
  SmallVector<QualType, 8> RawParams;
  if (Result.ErrorSlot)
    RawParams.push_back(C.IntTy);
  if (Result.InMemory)
    RawParams.push_back(C.IntTy);
  for (const BoundType &Param : Signature.Params)
    appendWasmTypes(C, Param.Type.info().param_wasm, RawParams);
  QualType RawResult = Result.Letter.empty() ? C.VoidTy : wasmType(C, Result.Letter[0]);
  FunctionDecl *Raw =
      createFunction("__jsinterop_import_" + llvm::utohexstr(llvm::xxh3_64bits(RawSymbol)),
                     RawResult, RawParams, SC_Extern, RawSymbol, Loc);
  MakeWasmImport(Raw);

  // An import with internal linkage gets its body directly (Sema wants it defined in this file).
  if (!FD->isExternallyVisible()) {
    if (setBodyCallingRuntime(FD, "call_import", FD, Signature, Raw, Loc))
      FD->setImplicitlyInline(true);
    return nullptr;
  }
  // Otherwise the user's declaration stays a declaration (so that a body the user writes, or a
  // redeclaration, is diagnosed as such) and takes the symbol of a separate inline definition
  // (linkonce_odr: a header of imports can be included by any number of files).
  const auto *Proto = FD->getType()->castAs<FunctionProtoType>();
  std::string Symbol = bindingSymbol("__jsinterop_call", FD, Descriptor);
  FunctionDecl *Body = createFunction("__jsinterop_call", Proto->getReturnType(),
                                      Proto->getParamTypes(), SC_None, Symbol, Loc);
  if (!setBodyCallingRuntime(Body, "call_import", FD, Signature, Raw, Loc))
    return nullptr;
  Body->setImplicitlyInline(true);
  Body->addAttr(AlwaysInlineAttr::CreateImplicit(C));
  FD->addAttr(AsmLabelAttr::CreateImplicit(C, Symbol));
  return Body;
}

FunctionDecl *Lowering::lowerExport(FunctionDecl *FD, const BindingAttr &Binding,
                                    const WireSignature &Signature) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = FD->getLocation();
  ResultShape Result = resultShape(Signature.Result.Type);

  SmallVector<QualType, 8> WasmParams;
  for (const BoundType &Param : Signature.Params)
    appendWasmTypes(C, Param.Type.info().param_wasm, WasmParams);
  QualType WasmResult = Result.InMemory       ? C.IntTy // the address of the return area
                        : Result.Letter.empty() ? C.VoidTy
                                                : wasmType(C, Result.Letter[0]);

  if (!runtimeNamespace("detail", Loc))
    return nullptr;
  std::string Descriptor = descriptor(FD, Binding, Signature);
  bool External = FD->isExternallyVisible();
  // Values that cross as themselves: the user's definition is the wasm export (no wrapper). Only
  // for a definition at namespace scope: code generation has seen a member function defined in
  // its class already (as an inline function nothing used), before the class reaches the plugin.
  if (crossesAsItself(FD, Signature) && External && FD->isThisDeclarationADefinition() &&
      FD->getLexicalDeclContext()->isFileContext()) {
    FD->addAttr(WebAssemblyExportNameAttr::CreateImplicit(C, Descriptor));
    FD->addAttr(UsedAttr::CreateImplicit(C));
    return nullptr;
  }
  FunctionDecl *Wrapper =
      createFunction("__jsinterop_export", WasmResult, WasmParams, External ? SC_None : SC_Static,
                     bindingSymbol("__jsinterop_export", FD, Descriptor), Loc);
  Wrapper->addAttr(WebAssemblyExportNameAttr::CreateImplicit(C, Descriptor));
  Wrapper->addAttr(UsedAttr::CreateImplicit(C));
  Wrapper->addAttr(OptimizeNoneAttr::CreateImplicit(C));
  Wrapper->addAttr(NoInlineAttr::CreateImplicit(C));
  if (!setBodyCallingRuntime(Wrapper, "call_export", FD, Signature, FD, Loc))
    return nullptr;
  // Every file that sees the export's declaration writes the same wrapper; the linker keeps one.
  if (External)
    Wrapper->setImplicitlyInline(true);
  return Wrapper;
}

} // namespace jsinterop
