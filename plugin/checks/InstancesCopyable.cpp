#include "Checks.h"

#include "../Descriptor.h"
#include "../Diagnostics.h"
#include "../TypeMap.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;

namespace {

// Whether a C++ object of Class can be copied from a const one by code outside the class.
bool copyable(Sema &S, CXXRecordDecl *Class) {
  CXXConstructorDecl *Copy = S.LookupCopyingConstructor(Class, Qualifiers::Const);
  return Copy && !Copy->isDeleted() && Copy->getAccess() == AS_public;
}

// The first exported class in Type, its template arguments and a function type's parts, that cannot
// be copied; null when every one can. Outermost: Type itself is taken where it is not copied.
// Nested: set when the one found is inside another type.
CXXRecordDecl *uncopyable(Sema &S, QualType Type, bool Outermost, bool &Nested) {
  Type = Type.getNonReferenceType().getCanonicalType();
  if (const auto *Function = Type->getAs<FunctionProtoType>()) {
    Nested = true;
    if (CXXRecordDecl *Found = uncopyable(S, Function->getReturnType(), false, Nested))
      return Found;
    for (QualType Param : Function->getParamTypes())
      if (CXXRecordDecl *Found = uncopyable(S, Param, false, Nested))
        return Found;
    return nullptr;
  }
  auto *Class = Type->getAsCXXRecordDecl();
  if (!Class)
    return nullptr;
  if (std::optional<ClassBinding> Bound = classBindingOf(Class))
    return Bound->Kind == ClassKind::Exported && !Outermost && !copyable(S, Class) ? Class : nullptr;
  // A result<T> holds T where T itself would be (an export's result moves it into the instance).
  if (QualType Held = resultValueType(Type); !Held.isNull())
    return uncopyable(S, Held, Outermost, Nested);
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
    for (const TemplateArgument &Argument : Spec->getTemplateArgs().asArray())
      if (Argument.getKind() == TemplateArgument::Type) {
        Nested = true;
        if (CXXRecordDecl *Found = uncopyable(S, Argument.getAsType(), false, Nested))
          return Found;
      }
  return nullptr;
}

} // namespace

const CXXRecordDecl *uncopyableInstance(Sema &S, QualType Type) {
  bool Nested = false;
  return uncopyable(S, Type, /*Outermost=*/false, Nested);
}

bool instancesCopyable(Sema &S, const FunctionDecl *FD, const BindingAttr &Binding) {
  bool IsExport = Binding.Kind == BindingKind::Export;
  std::string Function = FD->getQualifiedNameAsString();
  bool Valid = true;
  auto Check = [&](QualType Type, bool Taken, const ParmVarDecl *P, SourceLocation Loc) {
    bool Nested = false;
    if (CXXRecordDecl *Class = uncopyable(S, Type, Taken, Nested)) {
      unsigned Where = Nested ? 1 : IsExport ? 0 : 2;
      report(S.getDiagnostics(), Loc, Diag::err_instance_not_copyable)
          << (P == nullptr) << (P ? parameterName(P) : "") << Function << Class->getQualifiedNameAsString()
          << Where;
      Valid = false;
    }
  };
  // An export borrows what a reference or a pointer parameter names, and builds its result in the
  // instance JS gets; an import's parameters and result are copies.
  for (const ParmVarDecl *P : FD->parameters())
    Check(P->getType(), IsExport && (P->getType()->isReferenceType() || P->getType()->isPointerType()), P,
          P->getLocation());
  Check(FD->getReturnType(), IsExport, nullptr, FD->getLocation());
  return Valid;
}

} // namespace jsinterop::checks
