#include "Checks.h"

#include "../Diagnostics.h"
#include "../JSType.h"
#include "../TypeMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Sema/Sema.h"

#include <variant>

namespace jsinterop::checks {
using namespace clang;

namespace {

struct Site {
  const FunctionDecl *Function;
  const ParmVarDecl *Parameter; // null for the return value
  std::optional<MarshalAsAttr> MarshalAs;

  bool isResult() const { return Parameter == nullptr; }
  QualType type() const { return Parameter ? Parameter->getType() : Function->getReturnType(); }
  SourceLocation location() const {
    SourceLocation Loc = Parameter ? Parameter->getLocation()
                                   : Function->getReturnTypeSourceRange().getBegin();
    return Loc.isValid() ? Loc : Function->getLocation();
  }
  std::string name() const {
    if (!Parameter)
      return "";
    if (!Parameter->getName().empty())
      return Parameter->getName().str();
    return "#" + std::to_string(Parameter->getFunctionScopeIndex() + 1);
  }
  // Where a marshal_as attribute goes: before the parameter, or before the whole declaration.
  SourceLocation insertionPoint() const {
    return Parameter ? Parameter->getBeginLoc() : Function->getBeginLoc();
  }
};

// A class only declared where the binding is: it may be an exported class or a value object defined
// later, which the binding cannot know of yet.
void noteIncomplete(Sema &S, const Site &At) {
  QualType Type = At.type().getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  if (Type->isRecordType() && Type->isIncompleteType())
    report(S.getDiagnostics(), At.location(), Diag::note_incomplete_class) << Type.getUnqualifiedType();
}

void reportRejection(Sema &S, const Site &At, const Rejection &Why) {
  DiagnosticsEngine &Diags = S.getDiagnostics();
  std::string Function = At.Function->getQualifiedNameAsString();
  SourceLocation Loc = At.location();
  switch (Why.What) {
  case Rejection::Reference:
    report(Diags, Loc, Diag::err_unsupported_reference)
        << At.isResult() << At.name() << Function << At.type();
    noteIncomplete(S, At);
    return;
  case Rejection::ViewResult: {
    // What owns the same values: a string of the view's characters, or a vector of the span's.
    unsigned Owner = 2;
    if (isStringView(Why.Type)) {
      const auto *View = cast<ClassTemplateSpecializationDecl>(
          Why.Type.getNonReferenceType().getCanonicalType()->getAsCXXRecordDecl());
      Owner = View->getTemplateArgs()[0].getAsType()->isChar16Type() ? 1 : 0;
    }
    report(Diags, Loc, Diag::err_view_result) << Function << At.type() << Owner;
    return;
  }
  case Rejection::ViewInside:
    report(Diags, Loc, Diag::err_view_inside) << At.isResult() << At.name() << Function << Why.Type;
    return;
  case Rejection::NeedsMarshalAs: {
    report(Diags, Loc, Diag::err_int64_needs_marshal_as)
        << At.isResult() << At.name() << Function << At.type();
    for (std::string_view Leaf : {"number", "bigint"}) {
      std::string Spelling = marshalAsFor(At.type(), Leaf);
      report(Diags, At.insertionPoint(),
             Leaf == "number" ? Diag::note_marshal_as_number : Diag::note_marshal_as_bigint)
          << Spelling
          << FixItHint::CreateInsertion(At.insertionPoint(),
                                        "[[jsinterop::marshal_as(\"" + Spelling + "\")]] ");
    }
    return;
  }
  case Rejection::MarshalAsMismatch:
    report(Diags, At.MarshalAs ? At.MarshalAs->Range.getBegin() : Loc,
           Diag::err_marshal_as_mismatch)
        << Why.MarshalAs << At.isResult() << At.name() << Why.Type << Why.Expected;
    return;
  case Rejection::MemoryViewElement:
    report(Diags, Loc, Diag::err_memory_view_element)
        << At.isResult() << At.name() << Function << Why.Type;
    return;
  case Rejection::ResultPosition:
    report(Diags, Loc, Diag::err_result_position) << At.isResult() << At.name() << Function;
    return;
  case Rejection::ResultOfCallable: {
    const CXXRecordDecl *Held = Why.Type->getAsCXXRecordDecl();
    bool IsTask = Held && Held->getName() == "task";
    report(Diags, Loc, Diag::err_result_of_task_or_function) << Function << !IsTask;
    return;
  }
  case Rejection::NotHere:
    report(Diags, Loc, Diag::err_type_not_here)
        << At.isResult() << At.name() << Function << Why.Type << Why.Expected;
    return;
  case Rejection::HandleWithState:
    report(Diags, Loc, Diag::err_handle_with_state) << At.isResult() << At.name() << Function << Why.Type;
    return;
  case Rejection::NestedOptional:
    report(Diags, Loc, Diag::err_nested_optional) << At.isResult() << At.name() << Function;
    return;
  case Rejection::TooDeep:
    report(Diags, Loc, Diag::err_nesting_too_deep)
        << At.isResult() << At.name() << Function << MaxNesting;
    return;
  case Rejection::Unsupported:
    report(Diags, Loc, Diag::err_unsupported_type)
        << At.isResult() << At.name() << Function << Why.Type;
    noteIncomplete(S, At);
    report(Diags, Loc, Diag::note_supported_types) << supportedTypes();
    return;
  }
}

std::optional<BoundType> check(Sema &S, const Site &At) {
  std::optional<JSType> MarshalAs;
  if (At.MarshalAs) {
    std::variant<JSType, JSTypeError> Parsed = parseJSType(At.MarshalAs->Text);
    if (auto *Type = std::get_if<JSType>(&Parsed))
      MarshalAs = std::move(*Type);
  }
  Classification C = classify(At.type(),
                              At.isResult() ? Position::Result : Position::Parameter,
                              MarshalAs ? &*MarshalAs : nullptr);
  if (C.Why) {
    reportRejection(S, At, *C.Why);
    return std::nullopt;
  }
  return BoundType{std::move(*C.Result), C.Mode};
}

} // namespace

std::optional<WireSignature> signatureTypes(Sema &S, const FunctionDecl *FD) {
  WireSignature Signature;
  bool Valid = true;
  for (const ParmVarDecl *P : FD->parameters()) {
    if (std::optional<BoundType> Bound = check(S, {FD, P, marshalAsOf(P)}))
      Signature.Params.push_back(std::move(*Bound));
    else
      Valid = false;
  }
  if (std::optional<BoundType> Bound = check(S, {FD, nullptr, marshalAsOf(FD)}))
    Signature.Result = std::move(*Bound);
  else
    Valid = false;
  if (!Valid)
    return std::nullopt;
  // A span views the caller's memory for the call only; a task goes on after it returns.
  if (Signature.Result.Type.Type == abi::wire_type::Promise)
    for (unsigned I = 0; I < Signature.Params.size(); ++I)
      if (Signature.Params[I].Type.Type == abi::wire_type::Span) {
        const ParmVarDecl *P = FD->getParamDecl(I);
        report(S.getDiagnostics(), P->getLocation(), Diag::err_span_with_task)
            << Site{FD, P, std::nullopt}.name() << FD->getQualifiedNameAsString();
        Valid = false;
      }
  if (!Valid)
    return std::nullopt;
  return Signature;
}

} // namespace jsinterop::checks
