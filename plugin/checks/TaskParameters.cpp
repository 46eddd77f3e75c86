#include "Checks.h"

#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

namespace {

// The owning type that replaces a borrowed parameter type, or empty when Type owns its value.
std::string ownedType(Sema &S, QualType Type, abi::wire_type Wire) {
  if (isStringView(Type))
    return Wire == abi::wire_type::U16String ? "std::u16string" : "std::string";
  if (Type->isReferenceType() || Wire == abi::wire_type::InstanceOrNull)
    return Type->getPointeeType().getUnqualifiedType().getAsString(S.getPrintingPolicy());
  return "";
}

} // namespace

bool taskParametersOwned(Sema &S, const FunctionDecl *FD, const BindingAttr &Binding,
                         const WireSignature &Signature) {
  // An import's task is JS's: JS reads the arguments during the call.
  if (Binding.Kind != BindingKind::Export || Signature.Result.Type.Type != abi::wire_type::Promise)
    return true;
  bool Valid = true;
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    std::string Owned = ownedType(S, P->getType(), Signature.Params[I].Type.Type);
    if (Owned.empty())
      continue;
    // The declared type, from its first specifier (`const`, which no TypeLoc records) to the name
    // (`const T &name` becomes `T name`), or to its last token when the parameter has no name.
    bool Named = !P->getName().empty();
    CharSourceRange TypeRange =
        Named ? CharSourceRange::getCharRange(P->getInnerLocStart(), P->getLocation())
              : CharSourceRange::getTokenRange(P->getInnerLocStart(),
                                               P->getTypeSourceInfo()->getTypeLoc().getEndLoc());
    std::string Name = Named ? P->getName().str() : "#" + std::to_string(I + 1);
    report(S.getDiagnostics(), P->getLocation(), Diag::err_borrowed_task_parameter)
        << Name << FD->getQualifiedNameAsString() << P->getType() << Owned
        << FixItHint::CreateReplacement(TypeRange, Named ? Owned + " " : Owned);
    Valid = false;
  }
  return Valid;
}

} // namespace jsinterop::checks
