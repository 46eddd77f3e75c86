#include "Checks.h"

#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

bool exportedClassShape(Sema &S, const CXXRecordDecl *Class, const ClassBinding &Binding) {
  std::optional<std::string> Why;
  const CXXDestructorDecl *Destructor = Class->getDestructor();
  if (isTypedHandleClass(Class))
    Why = "is a typed handle (a class derived from jsinterop::object), which crosses as its JS object";
  else if (Class->getNumVBases() != 0)
    Why = "has a virtual base class, whose place in the object JS cannot know";
  else if (Class->isAbstract())
    Why = "is abstract: a JS instance owns a complete object";
  else if (Destructor && (Destructor->isDeleted() || Destructor->getAccess() != AS_public))
    Why = "has no public destructor, which dispose() runs";
  if (!Why)
    return true;
  report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_exported_class_shape)
      << Class->getQualifiedNameAsString() << *Why;
  return false;
}

} // namespace jsinterop::checks
