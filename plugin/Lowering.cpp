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

std::string mangledName(ASTContext &C, const FunctionDecl *FD) {
  std::unique_ptr<MangleContext> Mangler(C.createMangleContext());
  if (!Mangler->shouldMangleDeclName(FD))
    return FD->getName().str();
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Mangler->mangleName(GlobalDecl(FD), OS);
  return Name;
}

// Unique per C++ function and descriptor, equal across translation units that agree on both.
std::string bindingSymbol(ASTContext &C, StringRef Prefix, const FunctionDecl *FD,
                          StringRef Descriptor) {
  return (Prefix + "." + mangledName(C, FD) + "." +
          llvm::utohexstr(llvm::xxh3_64bits(Descriptor)))
      .str();
}

} // namespace

NamespaceDecl *Lowering::detailNamespace(SourceLocation Loc) {
  if (Detail)
    return Detail;
  ASTContext &C = S.getASTContext();
  LookupResult Outer(S, &C.Idents.get("jsinterop"), Loc, Sema::LookupNamespaceName);
  if (S.LookupQualifiedName(Outer, C.getTranslationUnitDecl()))
    if (auto *Jsinterop = Outer.getAsSingle<NamespaceDecl>()) {
      LookupResult Inner(S, &C.Idents.get("detail"), Loc, Sema::LookupNamespaceName);
      if (S.LookupQualifiedName(Inner, Jsinterop))
        Detail = Inner.getAsSingle<NamespaceDecl>();
    }
  if (!Detail && !ReportedMissingHeader) {
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
    ReportedMissingHeader = true;
  }
  return Detail;
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

// Into's body becomes `return ::jsinterop::detail::Template<Sig, &Target>(Into's parameters...);`
// where Sig is the C++ function type of Signature.
bool Lowering::setBodyCallingRuntime(FunctionDecl *Into, StringRef Template,
                                     const FunctionDecl *Signature, FunctionDecl *Target,
                                     SourceLocation Loc) {
  NamespaceDecl *NS = detailNamespace(Loc);
  if (!NS)
    return false;
  ASTContext &C = S.getASTContext();
  Sema::SynthesizedFunctionScope Scope(S, Into);

  LookupResult Lookup(S, &C.Idents.get(Template), Loc, Sema::LookupOrdinaryName);
  if (!S.LookupQualifiedName(Lookup, NS)) {
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
    return false;
  }

  const auto *Proto = Signature->getType()->castAs<FunctionProtoType>();
  QualType SigType = C.getFunctionType(Proto->getReturnType(), Proto->getParamTypes(),
                                       FunctionProtoType::ExtProtoInfo());
  Expr *TargetRef = S.BuildDeclRefExpr(Target, Target->getType(), VK_LValue, Loc);
  ExprResult TargetAddress = S.CreateBuiltinUnaryOp(Loc, UO_AddrOf, TargetRef);
  if (TargetAddress.isInvalid())
    return false;
  TemplateArgumentListInfo Args(Loc, Loc);
  Args.addArgument(TemplateArgumentLoc(TemplateArgument(SigType),
                                       C.getTrivialTypeSourceInfo(SigType, Loc)));
  Args.addArgument(TemplateArgumentLoc(
      TemplateArgument(TargetAddress.get(), /*IsCanonical=*/false), TargetAddress.get()));

  CXXScopeSpec NoScope;
  ExprResult Callee =
      S.BuildTemplateIdExpr(NoScope, SourceLocation(), Lookup, /*RequiresADL=*/false, &Args);
  if (Callee.isInvalid())
    return false;

  SmallVector<Expr *, 8> CallArgs;
  for (ParmVarDecl *P : Into->parameters())
    CallArgs.push_back(
        S.BuildDeclRefExpr(P, P->getType().getNonReferenceType(), VK_LValue, Loc));
  ExprResult Call = S.BuildCallExpr(nullptr, Callee.get(), Loc, CallArgs, Loc);
  if (Call.isInvalid())
    return false;
  StmtResult Return = S.BuildReturnStmt(Loc, Call.get());
  if (Return.isInvalid())
    return false;
  Into->setBody(CompoundStmt::Create(C, {Return.get()}, FPOptionsOverride(), Loc, Loc));
  return true;
}

bool Lowering::lowerImport(FunctionDecl *FD, const BindingAttr &Binding,
                           const WireSignature &Signature) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = FD->getLocation();
  const abi::wire_type_info &Result = abi::info(Signature.Result);

  SmallVector<QualType, 8> RawParams;
  if (abi::result_in_memory(Signature.Result))
    RawParams.push_back(C.IntTy); // the result slot
  for (abi::wire_type Param : Signature.Params)
    appendWasmTypes(C, abi::info(Param).param_wasm, RawParams);
  QualType RawResult = Result.result_wasm.empty() || abi::result_in_memory(Signature.Result)
                           ? C.VoidTy
                           : wasmType(C, Result.result_wasm[0]);

  std::string Descriptor = descriptor(FD, Binding, Signature);
  FunctionDecl *Raw =
      createFunction("__jsinterop_import", RawResult, RawParams, SC_Extern,
                     bindingSymbol(C, "__jsinterop_import", FD, Descriptor), Loc);
  Raw->addAttr(WebAssemblyImportModuleAttr::CreateImplicit(C, abi::import_module));
  Raw->addAttr(WebAssemblyImportNameAttr::CreateImplicit(C, Descriptor));

  if (!setBodyCallingRuntime(FD, "call_import", FD, Raw, Loc))
    return false;
  // Inline (linkonce_odr): a header of imports can be included by any number of files.
  FD->setImplicitlyInline(true);
  return true;
}

FunctionDecl *Lowering::lowerExport(FunctionDecl *FD, const BindingAttr &Binding,
                                    const WireSignature &Signature) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = FD->getLocation();
  const abi::wire_type_info &Result = abi::info(Signature.Result);

  SmallVector<QualType, 8> WasmParams;
  for (abi::wire_type Param : Signature.Params)
    appendWasmTypes(C, abi::info(Param).param_wasm, WasmParams);
  QualType WasmResult = Result.result_wasm.empty() ? C.VoidTy
                        : abi::result_in_memory(Signature.Result)
                            ? C.IntTy // the address of the return area
                            : wasmType(C, Result.result_wasm[0]);

  std::string Descriptor = descriptor(FD, Binding, Signature);
  bool External = FD->isExternallyVisible();
  FunctionDecl *Wrapper =
      createFunction("__jsinterop_export", WasmResult, WasmParams, External ? SC_None : SC_Static,
                     bindingSymbol(C, "__jsinterop_export", FD, Descriptor), Loc);
  Wrapper->addAttr(WebAssemblyExportNameAttr::CreateImplicit(C, Descriptor));
  Wrapper->addAttr(UsedAttr::CreateImplicit(C));
  if (!setBodyCallingRuntime(Wrapper, "call_export", FD, FD, Loc))
    return nullptr;
  // Every file that sees the export's declaration writes the same wrapper; the linker keeps one.
  if (External)
    Wrapper->setImplicitlyInline(true);
  return Wrapper;
}

} // namespace jsinterop
