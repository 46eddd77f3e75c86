#include "Checks.h"

#include "../Diagnostics.h"
#include "../JSType.h"

#include "clang/Sema/Sema.h"

#include <variant>

namespace jsinterop::checks {
using namespace clang;

namespace {

// The wire type's MarshalAs column (wire_types.def) lists the keywords that fit it.
bool fits(const JSType &Type, abi::wire_type Wire) {
  llvm::SmallVector<StringRef, 2> Keywords;
  StringRef(abi::info(Wire).marshal_as.data(), abi::info(Wire).marshal_as.size())
      .split(Keywords, ' ', -1, false);
  std::string_view Keyword = keyword(Type.Kind);
  return llvm::is_contained(Keywords, StringRef(Keyword.data(), Keyword.size()));
}

// Parameter is null for the return value.
bool checkOne(Sema &S, const Decl *Annotated, const ParmVarDecl *Parameter, QualType Type,
              abi::wire_type Wire) {
  std::optional<MarshalAsAttr> MarshalAs = marshalAsOf(Annotated);
  if (!MarshalAs)
    return true;
  auto Parsed = parseJSType(MarshalAs->Text);
  const JSType *JS = std::get_if<JSType>(&Parsed);
  if (JS && fits(*JS, Wire))
    return true;
  report(S.getDiagnostics(), MarshalAs->Range.getBegin(), Diag::err_marshal_as_mismatch)
      << MarshalAs->Text << (Parameter == nullptr) << (Parameter ? Parameter->getName() : "")
      << Type << std::string(abi::info(Wire).marshal_as);
  return false;
}

} // namespace

bool marshalAsFits(Sema &S, const FunctionDecl *FD, const WireSignature &Signature) {
  bool Valid = checkOne(S, FD, nullptr, FD->getReturnType(), Signature.Result);
  for (unsigned I = 0; I < Signature.Params.size(); ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    Valid &= checkOne(S, P, P, P->getType(), Signature.Params[I]);
  }
  return Valid;
}

} // namespace jsinterop::checks
