#include "Checks.h"

#include "../Diagnostics.h"
#include "../JSType.h"

#include "clang/Sema/Sema.h"

#include <variant>

namespace jsinterop::checks {
using namespace clang;

namespace {

// marshal_as("...") with its type spelled one way, or "no marshal_as".
std::string said(const std::optional<MarshalAsAttr> &MarshalAs) {
  if (!MarshalAs)
    return "no marshal_as";
  std::variant<JSType, JSTypeError> Parsed = parseJSType(MarshalAs->Text);
  const auto *Type = std::get_if<JSType>(&Parsed);
  return "marshal_as(\"" + (Type ? Type->spelling() : MarshalAs->Text) + "\")";
}

} // namespace

FirstDeclaration firstDeclaration(const FunctionDecl *FD, const BindingAttr &Binding) {
  FirstDeclaration First{Binding, FD, marshalAsOf(FD), {}};
  for (const ParmVarDecl *P : FD->parameters())
    First.ParamMarshalAs.push_back(marshalAsOf(P));
  return First;
}

bool sameMarshalAs(Sema &S, const FunctionDecl *FD, const FirstDeclaration &First) {
  bool Valid = true;
  auto Compare = [&](const Decl *Later, const std::optional<MarshalAsAttr> &Earlier,
                     SourceLocation EarlierDecl, const ParmVarDecl *P) {
    std::optional<MarshalAsAttr> Said = marshalAsOf(Later);
    if (!Said || said(Said) == said(Earlier))
      return;
    std::string Name = !P                   ? ""
                       : P->getName().empty() ? "#" + std::to_string(P->getFunctionScopeIndex() + 1)
                                              : P->getName().str();
    report(S.getDiagnostics(), Said->Range.getBegin(), Diag::err_marshal_as_redeclared_differently)
        << (P != nullptr) << FD->getQualifiedNameAsString() << Name << said(Said) << said(Earlier);
    report(S.getDiagnostics(), Earlier ? Earlier->Range.getBegin() : EarlierDecl,
           Diag::note_earlier_binding);
    Valid = false;
  };
  Compare(FD, First.MarshalAs, First.Decl->getLocation(), nullptr);
  for (unsigned I = 0; I < FD->getNumParams() && I < First.ParamMarshalAs.size(); ++I)
    Compare(FD->getParamDecl(I), First.ParamMarshalAs[I],
            First.Decl->getParamDecl(I)->getLocation(), FD->getParamDecl(I));
  return Valid;
}

} // namespace jsinterop::checks
