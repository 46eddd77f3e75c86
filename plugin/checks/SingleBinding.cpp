#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

bool singleBinding(clang::Sema &S, const clang::FunctionDecl *, llvm::ArrayRef<BindingAttr> Bindings) {
  for (const BindingAttr &Binding : Bindings)
    if (Binding.Kind != Bindings.front().Kind) {
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_import_and_export);
      return false;
    }
  return true;
}

} // namespace jsinterop::checks
