#include "Checks.h"

#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

std::optional<std::vector<std::pair<std::string, Wire>>> valueObjectFields(Sema &S, const CXXRecordDecl *Class,
                                                                          const ClassBinding &Binding, bool Report) {
  // The runtime reads the fields with a structured binding and builds the struct from them with
  // aggregate initialization: an aggregate of direct, named, public data members.
  std::optional<std::string> Why;
  if (Class->getNumBases() != 0)
    Why = "has a base class";
  else if (!Class->isAggregate())
    Why = "is not an aggregate (it has a user-declared constructor, a virtual function, or a private or "
          "protected data member)";
  else if (llvm::any_of(Class->fields(), [](const FieldDecl *F) { return F->isAnonymousStructOrUnion(); }))
    Why = "has an anonymous struct or union member";
  if (Why) {
    if (Report)
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_value_object_shape)
          << Class->getQualifiedNameAsString() << *Why;
    return std::nullopt;
  }
  std::vector<std::pair<std::string, Wire>> Fields;
  bool Valid = true;
  for (const FieldDecl *Field : Class->fields()) {
    Classification Crossing = classify(Field->getType(), Position::Field, nullptr);
    const CXXRecordDecl *Uncopyable = Crossing.Result ? uncopyableInstance(S, Field->getType()) : nullptr;
    if (Crossing.Result && !Field->getType()->isReferenceType() && !Uncopyable) {
      Fields.emplace_back(Field->getName().str(), std::move(*Crossing.Result));
      continue;
    }
    Valid = false;
    if (!Report)
      continue;
    if (Uncopyable)
      report(S.getDiagnostics(), Field->getLocation(), Diag::err_field_not_copyable)
          << Field->getName() << Class->getQualifiedNameAsString() << Uncopyable->getQualifiedNameAsString()
          << /*value object*/ 1;
    else
      report(S.getDiagnostics(), Field->getLocation(), Diag::err_field_type)
          << Field->getName() << Class->getQualifiedNameAsString() << Field->getType() << /*value object*/ 1;
  }
  if (!Valid)
    return std::nullopt;
  return Fields;
}

} // namespace jsinterop::checks

