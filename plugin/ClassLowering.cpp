#include "ClassLowering.h"

#include "Descriptor.h"
#include "Diagnostics.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Lookup.h"
#include "clang/Sema/Sema.h"

namespace jsinterop {
using namespace clang;
using checks::ExportedMember;

namespace {

// A member's export's "call" (what JS makes of it); Writes: a data member's setter.
const char *callOf(ExportedMember::Kind What, bool Writes) {
  switch (What) {
  case ExportedMember::Constructor:
    return "new";
  case ExportedMember::NamedConstructor:
    return "";
  case ExportedMember::Getter:
    return "get";
  case ExportedMember::Setter:
    return "set";
  case ExportedMember::DataMember:
    return Writes ? "set" : "get";
  case ExportedMember::Method:
    return "method";
  }
  llvm_unreachable("a member kind");
}

// A trampoline's parameter as the argument of the call it makes: an object taken by value is
// moved on (an xvalue), anything else passed as it is.
Expr *argument(Sema &S, ParmVarDecl *P, SourceLocation Loc) {
  QualType Type = P->getType().getNonReferenceType();
  Expr *Ref = S.BuildDeclRefExpr(P, Type, VK_LValue, Loc);
  if (P->getType()->isReferenceType() || !Type->isRecordType())
    return Ref;
  return ImplicitCastExpr::Create(S.getASTContext(), Type, CK_NoOp, Ref, nullptr, VK_XValue,
                                  FPOptionsOverride());
}

} // namespace

bool ClassLowering::declareKind(CXXRecordDecl *Class, ClassKind What) {
  ASTContext &C = S.getASTContext();
  StringRef Tag = What == ClassKind::Exported ? "exported_class_tag" : "value_object_tag";
  SourceLocation Loc = Class->getLocation();
  NamespaceDecl *Detail = Lower.runtimeNamespace("detail", Loc);
  if (!Detail)
    return false;
  LookupResult Lookup(S, &C.Idents.get(Tag), Loc, Sema::LookupOrdinaryName);
  S.LookupQualifiedName(Lookup, Detail);
  auto *TagRecord = Lookup.getAsSingle<RecordDecl>();
  if (!TagRecord) {
    Lower.reportMissingHeader(Loc);
    return false;
  }
  QualType Param = C.getPointerType(C.getCanonicalTagType(Class));
  QualType Type = C.getFunctionType(C.getCanonicalTagType(TagRecord), {Param}, FunctionProtoType::ExtProtoInfo());
  DeclContext *Namespace = Class->getDeclContext()->getEnclosingNamespaceContext();
  auto *Kind = FunctionDecl::Create(C, Namespace, Loc, Loc, &C.Idents.get("jsinterop_class_kind"), Type,
                                    C.getTrivialTypeSourceInfo(Type, Loc), SC_None);
  auto *P = ParmVarDecl::Create(C, Kind, Loc, Loc, nullptr, Param, C.getTrivialTypeSourceInfo(Param, Loc),
                                SC_None, nullptr);
  P->setScopeInfo(0, 0);
  Kind->setParams({P});
  Kind->setImplicit(true);
  Namespace->addDecl(Kind);
  return true;
}

Decl *ClassLowering::classRecord(CXXRecordDecl *Class, const std::string &Descriptor) {
  SourceLocation Loc = Class->getLocation();
  QualType Type = S.getASTContext().getCanonicalTagType(Class);
  FunctionDecl *Destroy = Lower.runtimeFunction("destroy_instance", {Type}, Loc);
  FunctionDecl *KeyOf = Lower.runtimeFunction("class_key_of", {Type}, Loc);
  if (!Destroy || !KeyOf)
    return nullptr;
  return Lower.record(Descriptor, Destroy, KeyOf, Class->isExternallyVisible(),
                      Lower.bindingSymbolSuffix(Class, Descriptor, '_'), Loc);
}

FunctionDecl *ClassLowering::trampoline(CXXRecordDecl *Class, const ExportedMember &Member, Action What) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = Member.Decl->getLocation();
  QualType Self = C.getCanonicalTagType(Class);
  SmallVector<QualType, 8> Params;
  QualType Result;
  const char *Kind = "";
  if (What == Action::Construct) {
    Kind = "new";
    Result = Self;
  } else if (auto *Field = dyn_cast<FieldDecl>(Member.Decl)) {
    QualType Value = Field->getType().getUnqualifiedType();
    Kind = What == Action::Write ? "set" : "get";
    Params.push_back(C.getLValueReferenceType(What == Action::Write ? Self : Self.withConst()));
    if (What == Action::Write)
      Params.push_back(Value);
    Result = What == Action::Write ? C.VoidTy : Value;
  } else {
    const auto *Method = cast<CXXMethodDecl>(Member.Decl);
    Kind = "method";
    Params.push_back(C.getLValueReferenceType(Method->isConst() ? Self.withConst() : Self));
    Result = Method->getReturnType();
  }
  if (const auto *Function = dyn_cast<FunctionDecl>(Member.Decl))
    for (const ParmVarDecl *P : Function->parameters())
      Params.push_back(P->getType());
  bool External = Class->isExternallyVisible();
  std::string Symbol = std::string("__jsinterop_") + Kind + "_" + Lower.mangledName(Member.Decl);
  FunctionDecl *Trampoline = Lower.createFunction(std::string("__jsinterop_") + Kind, Result, Params,
                                                  External ? SC_None : SC_Static, Symbol, Loc);
  Sema::SynthesizedFunctionScope Scope(S, Trampoline);
  Expr *Body = trampolineBody(Trampoline, Class, Member, What);
  ExprResult Borrowing = Body ? borrowing(Body, Loc) : ExprError();
  if (Borrowing.isInvalid())
    return nullptr;
  Stmt *Statement;
  if (Result->isVoidType()) {
    ExprResult Full = S.ActOnFinishFullExpr(Borrowing.get(), Loc, /*DiscardedValue=*/true);
    if (Full.isInvalid())
      return nullptr;
    Statement = Full.get();
  } else {
    StmtResult Return = S.BuildReturnStmt(Loc, Borrowing.get());
    if (Return.isInvalid())
      return nullptr;
    Statement = Return.get();
  }
  Trampoline->setBody(CompoundStmt::Create(C, {Statement}, FPOptionsOverride(), Loc, Loc));
  // Every file that sees the class writes it; the linker keeps one.
  if (External)
    Trampoline->setImplicitlyInline(true);
  return Trampoline;
}

Expr *ClassLowering::trampolineBody(FunctionDecl *Trampoline, CXXRecordDecl *Class, const ExportedMember &Member,
                                    Action What) {
  ASTContext &C = S.getASTContext();
  SourceLocation Loc = Member.Decl->getLocation();
  ArrayRef<ParmVarDecl *> Params = Trampoline->parameters();
  if (What == Action::Construct) {
    SmallVector<Expr *, 8> Args;
    for (ParmVarDecl *P : Params)
      Args.push_back(argument(S, P, Loc));
    QualType Self = C.getCanonicalTagType(Class);
    ExprResult Made = S.BuildCXXTypeConstructExpr(C.getTrivialTypeSourceInfo(Self, Loc), Loc, Args, Loc,
                                                  /*ListInitialization=*/false);
    return Made.isInvalid() ? nullptr : Made.get();
  }
  ParmVarDecl *Receiver = Params.front();
  Expr *Self = S.BuildDeclRefExpr(Receiver, Receiver->getType().getNonReferenceType(), VK_LValue, Loc);
  DeclarationNameInfo Name(Member.Decl->getDeclName(), Loc);
  if (auto *Field = dyn_cast<FieldDecl>(Member.Decl)) {
    ExprResult Read = S.BuildFieldReferenceExpr(Self, /*IsArrow=*/false, Loc, CXXScopeSpec(), Field,
                                                DeclAccessPair::make(Field, Field->getAccess()), Name);
    if (Read.isInvalid() || What == Action::Read)
      return Read.isInvalid() ? nullptr : Read.get();
    ExprResult Written = S.BuildBinOp(nullptr, Loc, BO_Assign, Read.get(), argument(S, Params[1], Loc));
    return Written.isInvalid() ? nullptr : Written.get();
  }
  auto *Method = cast<CXXMethodDecl>(Member.Decl);
  MemberExpr *Callee = S.BuildMemberExpr(Self, /*IsArrow=*/false, Loc, NestedNameSpecifierLoc(), SourceLocation(),
                                         Method, DeclAccessPair::make(Method, Method->getAccess()),
                                         /*HadMultipleCandidates=*/false, Name, C.BoundMemberTy, VK_PRValue,
                                         OK_Ordinary);
  SmallVector<Expr *, 8> Args;
  for (ParmVarDecl *P : Params.drop_front())
    Args.push_back(argument(S, P, Loc));
  ExprResult Call = S.BuildCallToMemberFunction(nullptr, Callee, Loc, Args, Loc);
  return Call.isInvalid() ? nullptr : Call.get();
}

// `(::jsinterop::detail::borrow_scope(), Body)`: while the scope lives, an instance JS disposes of
// (from an import the member calls, say) waits to be destroyed, so that the member never uses a
// destroyed object; the temporary lives until the end of the full expression, after Body.
ExprResult ClassLowering::borrowing(Expr *Body, SourceLocation Loc) {
  ASTContext &C = S.getASTContext();
  NamespaceDecl *Detail = Lower.runtimeNamespace("detail", Loc);
  if (!Detail)
    return ExprError();
  if (!BorrowScope) {
    LookupResult Lookup(S, &C.Idents.get("borrow_scope"), Loc, Sema::LookupOrdinaryName);
    S.LookupQualifiedName(Lookup, Detail);
    BorrowScope = Lookup.getAsSingle<CXXRecordDecl>();
    if (!BorrowScope) {
      Lower.reportMissingHeader(Loc);
      return ExprError();
    }
  }
  QualType Type = C.getCanonicalTagType(BorrowScope);
  ExprResult Scope = S.BuildCXXTypeConstructExpr(C.getTrivialTypeSourceInfo(Type, Loc), Loc, {}, Loc,
                                                 /*ListInitialization=*/false);
  if (Scope.isInvalid())
    return ExprError();
  return S.BuildBinOp(nullptr, Loc, BO_Comma, Scope.get(), Body);
}

void ClassLowering::exportMember(CXXRecordDecl *Class, const ExportedMember &Member, Action What,
                                 SmallVectorImpl<Decl *> &Written) {
  FunctionDecl *Trampoline = trampoline(Class, Member, What);
  if (!Trampoline)
    return;
  std::string Path = classPath(Class);
  Wire Receiver{abi::wire_type::Instance, {}, Path};
  bool Constructs = What == Action::Construct;
  WireSignature Signature;
  DescriptorFields Fields{BindingKind::Export};
  Fields.Call = callOf(Member.What, What == Action::Write);
  Fields.Class = Path;
  Fields.Function = Member.Decl->getQualifiedNameAsString();
  Fields.Path = Member.What == ExportedMember::Constructor ? Path : Path + "." + Member.Name;
  Fields.Receiver = !Constructs;
  if (!Constructs) {
    Signature.Params.push_back({Receiver, LeafMode::Default});
    Fields.Params.emplace_back("this", Receiver.spelling());
  }
  if (Member.What == ExportedMember::DataMember) {
    if (What == Action::Write) {
      Signature.Params.push_back(Member.Signature.Result);
      Fields.Params.emplace_back("value", Member.Signature.Result.Type.spelling());
    } else {
      Signature.Result = Member.Signature.Result;
    }
  } else {
    const auto *Function = cast<FunctionDecl>(Member.Decl);
    for (unsigned I = 0; I < Member.Signature.Params.size(); ++I) {
      Signature.Params.push_back(Member.Signature.Params[I]);
      Fields.Params.emplace_back(parameterName(Function->getParamDecl(I)),
                                 Member.Signature.Params[I].Type.spelling());
    }
    Signature.Result = Member.Signature.Result;
  }
  Fields.Result = Signature.Result.Type.spelling();
  Written.push_back(Trampoline);
  if (Decl *Record = Lower.lowerTrampolineExport(Trampoline, Signature, descriptorText(Fields), Member.Decl))
    Written.push_back(Record);
}

void ClassLowering::lowerExportedClass(CXXRecordDecl *Class, ArrayRef<ExportedMember> Members,
                                       SmallVectorImpl<Decl *> &Written) {
  if (Decl *Record = classRecord(Class, classDescriptor(Class, ClassKind::Exported, {})))
    Written.push_back(Record);
  for (const ExportedMember &Member : Members) {
    switch (Member.What) {
    case ExportedMember::Constructor:
    case ExportedMember::NamedConstructor:
      exportMember(Class, Member, Action::Construct, Written);
      break;
    case ExportedMember::DataMember:
      exportMember(Class, Member, Action::Read, Written);
      if (!cast<FieldDecl>(Member.Decl)->getType().isConstQualified())
        exportMember(Class, Member, Action::Write, Written);
      break;
    default:
      exportMember(Class, Member, Action::Call, Written);
    }
  }
}

void ClassLowering::lowerValueObject(CXXRecordDecl *Class, ArrayRef<std::pair<std::string, Wire>> Fields,
                                     SmallVectorImpl<Decl *> &Written) {
  std::vector<std::pair<std::string, std::string>> Spelled;
  for (const auto &[Name, Type] : Fields)
    Spelled.emplace_back(Name, Type.spelling());
  if (Decl *Record = classRecord(Class, classDescriptor(Class, ClassKind::ValueObject, Spelled)))
    Written.push_back(Record);
}

} // namespace jsinterop
