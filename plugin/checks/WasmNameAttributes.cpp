#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/AST/Attr.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

bool noWasmNameAttributes(Sema &S, const FunctionDecl *FD, const BindingAttr &Binding,
                          bool CheckInherited) {
  bool Valid = true;
  for (const Attr *A : FD->attrs()) {
    // Implicit ones are the plugin's own (a binding that is its own wasm import or export).
    if (!isa<WebAssemblyExportNameAttr, WebAssemblyImportNameAttr, WebAssemblyImportModuleAttr>(A) ||
        A->isImplicit() || (A->isInherited() && !CheckInherited))
      continue;
    report(S.getDiagnostics(), A->getLocation(), Diag::err_wasm_name_with_binding)
        << A->getSpelling() << (Binding.Kind == BindingKind::Export);
    Valid = false;
  }
  return Valid;
}

} // namespace jsinterop::checks
