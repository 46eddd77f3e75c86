#include "Checks.h"

#include "../Descriptor.h"
#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

bool importLendsNoInstance(Sema &S, const FunctionDecl *FD, const BindingAttr &Binding,
                           const WireSignature &Signature) {
  if (Binding.Kind != BindingKind::Import)
    return true;
  bool Valid = true;
  for (unsigned I = 0; I < Signature.Params.size(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    QualType Type = P->getType();
    bool Borrowed = Signature.Params[I].Type.Type == abi::wire_type::InstanceOrNull ||
                    (Type->isReferenceType() && !Type.getNonReferenceType().isConstQualified() &&
                     Signature.Params[I].Type.Type == abi::wire_type::Instance);
    if (!Borrowed)
      continue;
    report(S.getDiagnostics(), P->getLocation(), Diag::err_import_borrows_instance)
        << parameterName(P) << FD->getQualifiedNameAsString() << Type;
    Valid = false;
  }
  return Valid;
}

} // namespace jsinterop::checks
