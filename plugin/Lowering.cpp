#include "Lowering.h"

#include "Descriptor.h"
#include "Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Mangle.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Sema/Lookup.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
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

// A binding's name in the module: 16 hex digits of its descriptor's hash, which every linker and
// post-link tool accepts as a wasm name (a descriptor, with its quotes, is not). Equal descriptors
// get one name, so files that declare the same binding agree on it.
std::string bindingName(StringRef Descriptor) {
  std::string Name;
  llvm::raw_string_ostream(Name) << llvm::format_hex_no_prefix(llvm::xxh3_64bits(Descriptor), 16);
  return Name;
}

// Text as the contents of an assembler string: quotes, backslashes and bytes outside printable
// ASCII (UTF-8 in a C++ name, say) escaped in octal.
void appendAsmString(std::string &Into, StringRef Text) {
  for (unsigned char Byte : Text) {
    if (Byte == '"' || Byte == '\\') {
      Into += '\\';
      Into += static_cast<char>(Byte);
    } else if (Byte < 0x20 || Byte >= 0x7f) {
      Into += '\\';
      for (int Shift : {6, 3, 0})
        Into += static_cast<char>('0' + ((Byte >> Shift) & 7));
    } else {
      Into += static_cast<char>(Byte);
    }
  }
}

} // namespace

Lowering::Lowering(Sema &S) : S(S), Mangler(S.getASTContext().createMangleContext()) {}
Lowering::~Lowering() = default;

// Code generation lays out the parameters and the result of every function it emits or takes the
// address of, and Sema completes them only where a call or a definition needs it: a
// std::vector<int> that only a binding's declaration names would reach it incomplete (a crash in
// the wasm ABI). The bodies and records written here need them complete, whatever the file does.
bool Lowering::completeTypes(const FunctionDecl *FD) {
  auto CompleteOne = [&](QualType Type, SourceLocation Loc) {
    Type = Type.getNonReferenceType();
    return Type->isVoidType() || !S.RequireCompleteType(Loc, Type, diag::err_incomplete_type);
  };
  bool AllComplete = CompleteOne(FD->getReturnType(), FD->getLocation());
  for (const ParmVarDecl *P : FD->parameters())
    AllComplete = CompleteOne(P->getType(), P->getLocation()) && AllComplete;
  return AllComplete;
}

// Unique per declaration and equal across files: a function's or a constructor's symbol; a class
// by its type's mangled name, a data member after its class's.
std::string Lowering::mangledName(const NamedDecl *D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  if (const auto *Class = dyn_cast<CXXRecordDecl>(D)) {
    Mangler->mangleCanonicalTypeName(S.getASTContext().getCanonicalTagType(Class), OS);
    return Name;
  }
  if (const auto *Field = dyn_cast<FieldDecl>(D))
    return mangledName(Field->getParent()) + "_" + Field->getName().str();
  if (!Mangler->shouldMangleDeclName(D))
    return D->getName().str();
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(D))
    Mangler->mangleName(GlobalDecl(Constructor, Ctor_Complete), OS);
  else
    Mangler->mangleName(GlobalDecl(cast<FunctionDecl>(D)), OS);
  return Name;
}

// The end of a binding's symbols: unique per C++ function and descriptor, equal across
// translation units that agree on both.
std::string Lowering::bindingSymbolSuffix(const NamedDecl *D, StringRef Descriptor, char Separator) {
  return Separator + mangledName(D) + Separator + llvm::utohexstr(llvm::xxh3_64bits(Descriptor));
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
  else
    reportMissingHeader(Loc);
  return Found;
}

void Lowering::reportMissingHeader(SourceLocation Loc) {
  if (!ReportedMissingHeader)
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
  ReportedMissingHeader = true;
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

// Declared's function type with the marshal_as tags of Signature: the Signature argument of the
// runtime templates. Null if the runtime header is missing.
QualType Lowering::signatureType(const FunctionDecl *Declared, const WireSignature &Signature,
                                 SourceLocation Loc) {
  const auto *Proto = Declared->getType()->castAs<FunctionProtoType>();
  SmallVector<QualType, 8> ParamTypes;
  for (unsigned I = 0; I < Proto->getNumParams(); ++I)
    ParamTypes.push_back(boundType(Proto->getParamType(I), Signature.Params[I].Mode, Loc));
  QualType ResultType = boundType(Proto->getReturnType(), Signature.Result.Mode, Loc);
  if (ResultType.isNull() || llvm::any_of(ParamTypes, [](QualType T) { return T.isNull(); }))
    return QualType();
  return S.getASTContext().getFunctionType(ResultType, ParamTypes,
                                           FunctionProtoType::ExtProtoInfo());
}

// `::jsinterop::detail::Template<Args...>`, an overload set for Sema to resolve.
ExprResult Lowering::runtimeTemplateId(IdentifierInfo *Template, ArrayRef<QualType> Args,
                                       SourceLocation Loc) {
  NamespaceDecl *NS = runtimeNamespace("detail", Loc);
  if (!NS)
    return ExprError();
  LookupResult Lookup(S, Template, Loc, Sema::LookupOrdinaryName);
  if (!S.LookupQualifiedName(Lookup, NS)) {
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
    return ExprError();
  }
  ASTContext &C = S.getASTContext();
  TemplateArgumentListInfo ArgList(Loc, Loc);
  for (QualType Arg : Args)
    ArgList.addArgument(
        TemplateArgumentLoc(TemplateArgument(Arg), C.getTrivialTypeSourceInfo(Arg, Loc)));
  CXXScopeSpec NoScope;
  return S.BuildTemplateIdExpr(NoScope, SourceLocation(), Lookup, /*RequiresADL=*/false, &ArgList);
}

// Into's body becomes `return ::jsinterop::detail::call_import<Sig>(&Raw, Into's parameters...);`.
bool Lowering::setImportBody(FunctionDecl *Into, const FunctionDecl *Declared,
                             const WireSignature &Signature, FunctionDecl *Raw,
                             SourceLocation Loc) {
  ASTContext &C = S.getASTContext();
  Sema::SynthesizedFunctionScope Scope(S, Into);

  QualType SigType = signatureType(Declared, Signature, Loc);
  if (SigType.isNull())
    return false;
  Expr *RawRef = S.BuildDeclRefExpr(Raw, Raw->getType(), VK_LValue, Loc);
  ExprResult RawAddress = S.CreateBuiltinUnaryOp(Loc, UO_AddrOf, RawRef);
  if (RawAddress.isInvalid())
    return false;
  SmallVector<Expr *, 8> CallArgs{RawAddress.get()};
  for (ParmVarDecl *P : Into->parameters())
    CallArgs.push_back(
        S.BuildDeclRefExpr(P, P->getType().getNonReferenceType(), VK_LValue, Loc));

  IdentifierInfo *Template = &C.Idents.get("call_import");
  SpecializationKey Key{Template, C.getCanonicalType(SigType).getAsOpaquePtr(),
                        C.getCanonicalType(Raw->getType()).getAsOpaquePtr()};
  FunctionDecl *Known = Specializations.lookup(Key);
  ExprResult Callee = Known ? S.BuildDeclRefExpr(Known, Known->getType(), VK_LValue, Loc)
                            : runtimeTemplateId(Template, {SigType}, Loc);
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

// `::jsinterop::detail::Template<Args...>`, the one function template specialization it names.
FunctionDecl *Lowering::runtimeFunction(StringRef Template, ArrayRef<QualType> Args, SourceLocation Loc) {
  ExprResult Id = runtimeTemplateId(&S.getASTContext().Idents.get(Template), Args, Loc);
  auto *Overloads = Id.isUsable() ? dyn_cast<OverloadExpr>(Id.get()) : nullptr;
  return Overloads ? S.ResolveSingleFunctionTemplateSpecialization(Overloads, /*Complain=*/true) : nullptr;
}

// The dispatcher of an export: `::jsinterop::detail::call_export<Sig, Function, Wasm...>`, which
// takes the exported function and the wasm values.
FunctionDecl *Lowering::dispatcher(FunctionDecl *FD, const WireSignature &Signature,
                                   ArrayRef<QualType> WasmParams, SourceLocation Loc) {
  ASTContext &C = S.getASTContext();
  QualType SigType = signatureType(FD, Signature, Loc);
  if (SigType.isNull())
    return nullptr;
  IdentifierInfo *Template = &C.Idents.get("call_export");
  SpecializationKey Key{Template, C.getCanonicalType(SigType).getAsOpaquePtr(),
                        C.getCanonicalType(FD->getType()).getAsOpaquePtr()};
  if (FunctionDecl *Known = Specializations.lookup(Key))
    return Known;
  SmallVector<QualType, 8> Args{SigType, FD->getType()};
  Args.append(WasmParams.begin(), WasmParams.end());
  FunctionDecl *Found = runtimeFunction("call_export", Args, Loc);
  if (Found)
    Specializations.try_emplace(Key, Found);
  return Found;
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
// value (a const reference is a pointer in wasm). BorrowsAsItself: an instance of an exported class
// taken by reference or pointer counts too (its pointer is what JS passes), for a function that
// keeps what it borrows alive itself (a member's trampoline: ClassLowering.h).
bool crossesAsItself(const FunctionDecl *FD, const WireSignature &Signature, bool BorrowsAsItself = false) {
  if (!abi::crosses_as_itself(Signature.Result.Type.Type))
    return false;
  for (unsigned I = 0; I < Signature.Params.size(); ++I) {
    abi::wire_type Type = Signature.Params[I].Type.Type;
    bool Reference = FD->getParamDecl(I)->getType()->isReferenceType();
    bool Borrowed = Type == abi::wire_type::InstanceOrNull || (Type == abi::wire_type::Instance && Reference);
    if (Borrowed ? !BorrowsAsItself : !abi::crosses_as_itself(Type) || Reference)
      return false;
  }
  return true;
}

} // namespace

FunctionDecl *Lowering::lowerImport(FunctionDecl *FD, const BindingAttr &Binding,
                                    const WireSignature &Signature) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = FD->getLocation();
  // Every binding needs the runtime header, even one that calls none of its templates: the
  // module must be linked with the runtime library, and one early error beats a link error.
  if (!runtimeNamespace("detail", Loc) || !completeTypes(FD))
    return nullptr;
  std::string Descriptor = descriptor(FD, Binding, Signature);
  // Unique per binding: two imports of one signature are two wasm imports.
  std::string SymbolSuffix = bindingSymbolSuffix(FD, Descriptor);
  std::string RawSymbol = "__jsinterop_import" + SymbolSuffix;
  SectionLines.push_back({FD, bindingName(Descriptor), Descriptor});
  auto MakeWasmImport = [&](FunctionDecl *Into) {
    Into->addAttr(WebAssemblyImportModuleAttr::CreateImplicit(C, abi::import_module));
    Into->addAttr(WebAssemblyImportNameAttr::CreateImplicit(C, SectionLines.back().Name));
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
    if (setImportBody(FD, FD, Signature, Raw, Loc))
      FD->setImplicitlyInline(true);
    return nullptr;
  }
  // Otherwise the user's declaration stays a declaration (so that a body the user writes, or a
  // redeclaration, is diagnosed as such) and takes the symbol of a separate inline definition
  // (linkonce_odr: a header of imports can be included by any number of files).
  const auto *Proto = FD->getType()->castAs<FunctionProtoType>();
  std::string Symbol = "__jsinterop_call" + SymbolSuffix;
  FunctionDecl *Body = createFunction("__jsinterop_call", Proto->getReturnType(),
                                      Proto->getParamTypes(), SC_None, Symbol, Loc);
  if (!setImportBody(Body, FD, Signature, Raw, Loc))
    return nullptr;
  Body->setImplicitlyInline(true);
  Body->addAttr(AlwaysInlineAttr::CreateImplicit(C));
  FD->addAttr(AsmLabelAttr::CreateImplicit(C, Symbol));
  return Body;
}

// detail::export_record, looked up once.
RecordDecl *Lowering::exportRecord(SourceLocation Loc) {
  if (ExportRecord)
    return ExportRecord;
  NamespaceDecl *Detail = runtimeNamespace("detail", Loc);
  if (!Detail)
    return nullptr;
  LookupResult Lookup(S, &S.getASTContext().Idents.get("export_record"), Loc, Sema::LookupOrdinaryName);
  S.LookupQualifiedName(Lookup, Detail);
  auto *Record = Lookup.getAsSingle<RecordDecl>();
  if (!Record || !Record->getDefinition()) {
    report(S.getDiagnostics(), Loc, Diag::err_missing_header);
    return nullptr;
  }
  return ExportRecord = Record;
}

Decl *Lowering::lowerExport(FunctionDecl *FD, const BindingAttr &Binding,
                            const WireSignature &Signature) {
  ASTContext &C = S.getASTContext();
  if (!runtimeNamespace("detail", FD->getLocation()) || !completeTypes(FD))
    return nullptr;
  std::string Descriptor = descriptor(FD, Binding, Signature);
  // Values that cross as themselves: the user's definition is the wasm export (no record). Only
  // for a definition at namespace scope: code generation has seen a member function defined in
  // its class already (as an inline function nothing used), before the class reaches the plugin.
  if (crossesAsItself(FD, Signature) && FD->isExternallyVisible() && FD->isThisDeclarationADefinition() &&
      FD->getLexicalDeclContext()->isFileContext()) {
    SectionLines.push_back({nullptr, bindingName(Descriptor), Descriptor});
    FD->addAttr(WebAssemblyExportNameAttr::CreateImplicit(C, std::string(abi::export_prefix) + SectionLines.back().Name));
    FD->addAttr(UsedAttr::CreateImplicit(C));
    return nullptr;
  }
  return lowerExportThroughRecord(FD, Signature, Descriptor, FD);
}

Decl *Lowering::lowerTrampolineExport(FunctionDecl *FD, const WireSignature &Signature, const std::string &Descriptor,
                                      const NamedDecl *Declared) {
  if (!crossesAsItself(FD, Signature, /*BorrowsAsItself=*/true) || !FD->isExternallyVisible())
    return lowerExportThroughRecord(FD, Signature, Descriptor, Declared);
  ASTContext &C = S.getASTContext();
  SectionLines.push_back({nullptr, bindingName(Descriptor), Descriptor});
  FD->addAttr(WebAssemblyExportNameAttr::CreateImplicit(C, std::string(abi::export_prefix) + SectionLines.back().Name));
  FD->addAttr(UsedAttr::CreateImplicit(C));
  return nullptr;
}

// A record (detail::export_record) and no code: JS calls the signature's dispatcher.
Decl *Lowering::lowerExportThroughRecord(FunctionDecl *FD, const WireSignature &Signature,
                                         const std::string &Descriptor, const NamedDecl *Declared) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = FD->getLocation();
  if (!runtimeNamespace("detail", Loc) || !completeTypes(FD))
    return nullptr;
  SmallVector<QualType, 8> WasmParams;
  for (const BoundType &Param : Signature.Params)
    appendWasmTypes(C, Param.Type.info().param_wasm, WasmParams);
  FunctionDecl *Dispatch = dispatcher(FD, Signature, WasmParams, Loc);
  if (!Dispatch)
    return nullptr;
  return record(Descriptor, Dispatch, FD, FD->isExternallyVisible(),
                bindingSymbolSuffix(Declared, Descriptor, '_'), Loc);
}

// The descriptor's line, and a record in the data section jsinterop_exports that names the line
// and two functions (detail::export_record), which the JS runtime reads at instantiation.
Decl *Lowering::record(const std::string &Descriptor, FunctionDecl *Dispatch, FunctionDecl *Target,
                       bool External, const std::string &SymbolSuffix, SourceLocation Loc) {
  ASTContext &C = S.getASTContext();
  RecordDecl *Record = exportRecord(Loc);
  if (!Record)
    return nullptr;
  std::string Name = bindingName(Descriptor);
  SectionLines.push_back({nullptr, Name, Descriptor});
  // export_record's function fields have one type, which both addresses are cast to.
  QualType TextPointer = Record->field_begin()->getType();
  QualType AnyFunction = std::next(Record->field_begin())->getType();
  auto CastAddress = [&](FunctionDecl *Function) {
    Expr *Ref = S.BuildDeclRefExpr(Function, Function->getType(), VK_LValue, Loc);
    ExprResult Address = S.CreateBuiltinUnaryOp(Loc, UO_AddrOf, Ref);
    return Address.isInvalid() ? Address
                               : S.BuildCStyleCastExpr(Loc, C.getTrivialTypeSourceInfo(AnyFunction, Loc),
                                                       Loc, Address.get());
  };
  ExprResult DispatchAddress = CastAddress(Dispatch), TargetAddress = CastAddress(Target);
  if (DispatchAddress.isInvalid() || TargetAddress.isInvalid())
    return nullptr;
  Expr *Text = StringLiteral::Create(C, Name, StringLiteralKind::Ordinary, /*Pascal=*/false,
                                     C.getStringLiteralArrayType(C.CharTy, Name.size()), Loc);
  Expr *Fields[] = {ImplicitCastExpr::Create(C, TextPointer, CK_ArrayToPointerDecay, Text, nullptr,
                                             VK_PRValue, FPOptionsOverride()),
                    DispatchAddress.get(), TargetAddress.get()};
  QualType Type = QualType(C.getCanonicalTagType(Record)).withConst();
  // The initializer in its checked form, built directly: each value has its field's type already,
  // and Sema's initialization of an aggregate cost a third of the plugin's work on an export.
  auto *Init = new (C) InitListExpr(C, Loc, Fields, Loc);
  Init->setType(Type);

  auto *Var = VarDecl::Create(C, C.getTranslationUnitDecl(), Loc, Loc,
                              &C.Idents.get("__jsinterop_export"), Type,
                              C.getTrivialTypeSourceInfo(Type, Loc), External ? SC_None : SC_Static);
  Var->setImplicit(true);
  // Every file that sees the export's declaration writes the same record; the linker keeps one.
  if (External)
    Var->setImplicitlyInline();
  // An identifier: Emscripten's wasm-ld (LLVM 14) exports a `used` symbol even when hidden, and
  // emcc makes a JS variable of every export's name.
  Var->addAttr(AsmLabelAttr::CreateImplicit(C, "__jsinterop_export" + SymbolSuffix));
  Var->addAttr(SectionAttr::CreateImplicit(C, "jsinterop_exports"));
  Var->addAttr(UsedAttr::CreateImplicit(C));
  C.getTranslationUnitDecl()->addHiddenDecl(Var);
  Var->setInit(Init);
  return Var;
}

// Each line in a section of its own in a COMDAT group named after it: the linker keeps one copy of
// a line however many files write it (a header's bindings), and concatenates the rest.
Decl *Lowering::descriptorSection() {
  std::string Assembly;
  llvm::StringSet<> Written;
  for (const SectionLine &Line : SectionLines) {
    if ((Line.Import && !Line.Import->isUsed()) || !Written.insert(Line.Name).second)
      continue;
    Assembly += (Twine(".section .custom_section.") + abi::descriptor_section +
                 ",\"G\",@,__jsinterop_descriptor." + Line.Name + "\n.ascii \"")
                    .str();
    appendAsmString(Assembly, Line.Name + " " + Line.Descriptor + "\n");
    Assembly += "\"\n";
  }
  SectionLines.clear();
  if (Assembly.empty())
    return nullptr;
  Assembly += ".text\n"; // what code generation expects after file-scope assembly
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = C.getSourceManager().getLocForEndOfFile(C.getSourceManager().getMainFileID());
  auto *Text = StringLiteral::Create(C, Assembly, StringLiteralKind::Ordinary, /*Pascal=*/false,
                                     C.getStringLiteralArrayType(C.CharTy, Assembly.size()), Loc);
  auto *Asm = FileScopeAsmDecl::Create(C, C.getTranslationUnitDecl(), Text, Loc, Loc);
  Asm->setImplicit(true);
  C.getTranslationUnitDecl()->addHiddenDecl(Asm);
  return Asm;
}

} // namespace jsinterop
