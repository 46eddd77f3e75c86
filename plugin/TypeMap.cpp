#include "TypeMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"

namespace jsinterop {
using namespace clang;

namespace {

// std::basic_string<char> or std::basic_string_view<char>, by template name.
bool isStdCharTemplate(const ASTContext &Ctx, QualType Type, StringRef Name) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(Type->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || Spec->getName() != Name)
    return false;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  return Args.size() >= 1 && Args[0].getKind() == TemplateArgument::Type &&
         Ctx.hasSameType(Args[0].getAsType(), Ctx.CharTy);
}

Classification byValue(const ASTContext &Ctx, QualType Type, Position Where) {
  Type = Type.getCanonicalType().getUnqualifiedType();
  if (Type->isVoidType() && Where == Position::Result)
    return {abi::wire_type::Void};
  if (Type->isSpecificBuiltinType(BuiltinType::Bool))
    return {abi::wire_type::Bool};
  if (Type->isSpecificBuiltinType(BuiltinType::Int))
    return {abi::wire_type::Int32};
  if (Type->isSpecificBuiltinType(BuiltinType::Double))
    return {abi::wire_type::Float64};
  if (isStdCharTemplate(Ctx, Type, "basic_string"))
    return {abi::wire_type::String};
  if (isStdCharTemplate(Ctx, Type, "basic_string_view")) {
    if (Where == Position::Result)
      return {std::nullopt, Rejection::ViewResult};
    return {abi::wire_type::String};
  }
  return {std::nullopt, Rejection::Unsupported};
}

} // namespace

Classification classify(const ASTContext &Ctx, QualType Type, Position Where) {
  if (const auto *Ref = Type->getAs<ReferenceType>()) {
    QualType Pointee = Ref->getPointeeType();
    bool ConstLValue = isa<LValueReferenceType>(Ref) && Pointee.isConstQualified() &&
                       !Pointee.isVolatileQualified();
    if (Where == Position::Result || !ConstLValue)
      return {std::nullopt, Rejection::Reference};
    Classification Inner = byValue(Ctx, Pointee, Where);
    return Inner;
  }
  return byValue(Ctx, Type, Where);
}

std::string supportedTypes() {
  std::string List;
  for (const abi::wire_type_info &Info : abi::wire_type_table) {
    if (Info.name == abi::info(abi::wire_type::Void).name)
      continue;
    if (!List.empty())
      List += ", ";
    List += std::string(Info.cxx_types);
  }
  return List + ", and void as a result";
}

} // namespace jsinterop
