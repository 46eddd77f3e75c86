#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

bool importHasNoBody(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding) {
  if (Binding.Kind != BindingKind::Import || !FD->doesThisDeclarationHaveABody())
    return true;
  report(S.getDiagnostics(), FD->getLocation(), Diag::err_import_has_body)
      << FD->getSourceRange();
  if (Binding.Range.isValid() && !FD->getSourceRange().fullyContains(Binding.Range))
    report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::note_import_declared);
  return false;
}

} // namespace jsinterop::checks
