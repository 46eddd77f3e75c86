#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

bool callableAtRunTime(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding) {
  if (!FD->isConsteval() && !FD->isDeleted())
    return true;
  report(S.getDiagnostics(), FD->getLocation(), Diag::err_binding_not_at_run_time)
      << (Binding.Kind == BindingKind::Export) << FD->getQualifiedNameAsString() << FD->isDeleted();
  return false;
}

} // namespace jsinterop::checks
