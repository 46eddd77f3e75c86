#include "Checks.h"

#include "../Descriptor.h"
#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

namespace {

bool unique(clang::Sema &S, const clang::NamedDecl *D, const std::string &Path,
            llvm::StringMap<const clang::NamedDecl *> &Exported) {
  auto [Entry, Inserted] = Exported.try_emplace(Path, D);
  if (Inserted)
    return true;
  const clang::NamedDecl *First = Entry->second;
  report(S.getDiagnostics(), D->getLocation(), Diag::err_duplicate_export_path)
      << D->getQualifiedNameAsString() << Path << First->getQualifiedNameAsString();
  report(S.getDiagnostics(), First->getLocation(), Diag::note_exported_here)
      << First->getQualifiedNameAsString();
  return false;
}

} // namespace

bool uniqueExportPath(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                      llvm::StringMap<const clang::NamedDecl *> &Exported) {
  return Binding.Kind != BindingKind::Export || unique(S, FD, exportPath(FD, Binding), Exported);
}

bool uniqueClassPath(clang::Sema &S, const clang::CXXRecordDecl *Class,
                     llvm::StringMap<const clang::NamedDecl *> &Exported) {
  return unique(S, Class, classPath(Class), Exported);
}

} // namespace jsinterop::checks
