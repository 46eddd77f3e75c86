#include "Checks.h"

#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

namespace {

// Reports why Type cannot cross; Parameter is null for the return value.
void reportRejection(Sema &S, const FunctionDecl *FD, const ParmVarDecl *Parameter, QualType Type,
                     Rejection Why) {
  SourceLocation Loc = Parameter ? Parameter->getLocation() : FD->getReturnTypeSourceRange().getBegin();
  if (Loc.isInvalid())
    Loc = FD->getLocation();
  bool IsResult = Parameter == nullptr;
  StringRef Name = Parameter ? Parameter->getName() : "";
  std::string ParamName = Name.empty() && Parameter
                              ? "#" + std::to_string(Parameter->getFunctionScopeIndex() + 1)
                              : Name.str();
  std::string Function = FD->getQualifiedNameAsString();
  DiagnosticsEngine &Diags = S.getDiagnostics();
  switch (Why) {
  case Rejection::Reference:
    report(Diags, Loc, Diag::err_unsupported_reference) << IsResult << ParamName << Function << Type;
    return;
  case Rejection::ViewResult:
    report(Diags, Loc, Diag::err_view_result) << Function << Type;
    return;
  case Rejection::Unsupported:
  case Rejection::None:
    report(Diags, Loc, Diag::err_unsupported_type) << IsResult << ParamName << Function << Type;
    report(Diags, Loc, Diag::note_supported_types) << supportedTypes();
    return;
  }
}

} // namespace

std::optional<WireSignature> signatureTypes(Sema &S, const FunctionDecl *FD) {
  const ASTContext &Ctx = S.getASTContext();
  WireSignature Signature;
  bool Valid = true;
  for (const ParmVarDecl *P : FD->parameters()) {
    Classification C = classify(Ctx, P->getType(), Position::Parameter);
    if (C.Wire)
      Signature.Params.push_back(*C.Wire);
    else {
      reportRejection(S, FD, P, P->getType(), C.Why);
      Valid = false;
    }
  }
  Classification Result = classify(Ctx, FD->getReturnType(), Position::Result);
  if (Result.Wire)
    Signature.Result = *Result.Wire;
  else {
    reportRejection(S, FD, nullptr, FD->getReturnType(), Result.Why);
    Valid = false;
  }
  if (!Valid)
    return std::nullopt;
  return Signature;
}

} // namespace jsinterop::checks
