#include "Checks.h"

#include "../Descriptor.h"
#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

bool uniqueExportPath(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                      llvm::StringMap<const clang::FunctionDecl *> &Exported) {
  if (Binding.Kind != BindingKind::Export)
    return true;
  std::string Path = exportPath(FD, Binding);
  auto [Entry, Inserted] = Exported.try_emplace(Path, FD);
  if (Inserted)
    return true;
  const clang::FunctionDecl *First = Entry->second;
  report(S.getDiagnostics(), FD->getLocation(), Diag::err_duplicate_export_path)
      << FD->getQualifiedNameAsString() << Path << First->getQualifiedNameAsString();
  report(S.getDiagnostics(), First->getLocation(), Diag::note_exported_here)
      << First->getQualifiedNameAsString();
  return false;
}

} // namespace jsinterop::checks
