#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

bool membersOfUnexportedClass(Sema &S, const CXXRecordDecl *Class, const ClassBinding *Bound) {
  bool Valid = true;
  for (const Decl *Member : Class->decls()) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Member);
    // A static member function is an export of its own, in any class.
    if ((!Method || Method->isStatic()) && !isa<FieldDecl>(Member))
      continue;
    for (const BindingAttr &Binding : bindingsOf(Member)) {
      if (Binding.Kind != BindingKind::Export)
        continue;
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_member_of_unexported_class)
          << cast<NamedDecl>(Member)->getQualifiedNameAsString() << Class->getQualifiedNameAsString()
          << (Bound != nullptr);
      Valid = false;
    }
    // A getter or a setter without the export it belongs beside would leave the property out.
    if (Method && bindingsOf(Method).empty())
      Valid = importCallWithoutImport(S, Method, nullptr) && Valid;
  }
  return Valid;
}

} // namespace jsinterop::checks
