#include "Checks.h"

#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

bool functionRefPlacement(Sema &S, const FunctionDecl *FD, const BindingAttr &Binding) {
  bool Valid = true;
  std::string Function = FD->getQualifiedNameAsString();
  if (isFunctionRef(FD->getReturnType())) {
    SourceLocation Loc = FD->getReturnTypeSourceRange().getBegin();
    report(S.getDiagnostics(), Loc.isValid() ? Loc : FD->getLocation(),
           Diag::err_function_ref_not_import_parameter)
        << /*result*/ 1 << "" << Function;
    Valid = false;
  }
  if (Binding.Kind == BindingKind::Export)
    for (const ParmVarDecl *P : FD->parameters())
      if (isFunctionRef(P->getType())) {
        report(S.getDiagnostics(), P->getLocation(), Diag::err_function_ref_not_import_parameter)
            << /*parameter*/ 0 << P->getName() << Function;
        Valid = false;
      }
  return Valid;
}

} // namespace jsinterop::checks
