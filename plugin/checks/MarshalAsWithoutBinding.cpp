#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

void marshalAsWithoutBinding(clang::Sema &S, const clang::FunctionDecl *FD) {
  auto Warn = [&](const clang::Decl *D) {
    if (std::optional<MarshalAsAttr> MarshalAs = marshalAsOf(D))
      report(S.getDiagnostics(), MarshalAs->Range.getBegin(), Diag::warn_marshal_as_without_binding)
          << FD->getQualifiedNameAsString();
  };
  Warn(FD);
  for (const clang::ParmVarDecl *P : FD->parameters())
    Warn(P);
}

} // namespace jsinterop::checks
