#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {
using namespace clang;
using abi::wire_type;

namespace {

// What a receiver may be: a reference to the JS value itself, not a copy (an array, a number).
bool isReceiver(const Wire &Type) {
  return Type.Type == wire_type::Object || Type.Type == wire_type::Any || Type.Type == wire_type::String ||
         Type.Type == wire_type::U16String;
}

// What a constructor's result may be: the new object (or, with result<T>, what it threw).
bool isConstructed(const Wire &Type) {
  if (Type.Type == wire_type::Result)
    return isConstructed(Type.Args[0]);
  return Type.Type == wire_type::Object || Type.Type == wire_type::Any;
}

std::string parameterCount(unsigned Count) {
  return Count == 0 ? "takes no parameter" : "takes " + std::to_string(Count) + " parameters";
}

} // namespace

bool importCallWithoutImport(Sema &S, const FunctionDecl *FD, const BindingAttr *Binding) {
  llvm::SmallVector<ImportCallAttr, 1> Calls = importCallsOf(FD);
  if (Calls.empty() || (Binding && Binding->Kind == BindingKind::Import))
    return true;
  report(S.getDiagnostics(), Calls.front().Range.getBegin(), Diag::err_import_call_without_import)
      << attributeName(Calls.front().Call) << FD->getQualifiedNameAsString() << (Binding == nullptr);
  return false;
}

bool importCallShape(Sema &S, const FunctionDecl *FD, const WireSignature &Signature) {
  llvm::SmallVector<ImportCallAttr, 1> Calls = importCallsOf(FD);
  if (Calls.empty())
    return true;
  std::string Function = FD->getQualifiedNameAsString();
  if (Calls.size() > 1) {
    report(S.getDiagnostics(), Calls[1].Range.getBegin(), Diag::err_import_call_twice)
        << Function << attributeName(Calls[0].Call) << attributeName(Calls[1].Call);
    return false;
  }
  ImportCall Call = Calls.front().Call;
  SourceLocation Loc = Calls.front().Range.getBegin();
  unsigned Count = Signature.Params.size();
  bool ReturnsVoid = Signature.Result.Type.Type == wire_type::Void;
  // Which rule of err_import_call_shape is broken, and how (%2), or none.
  std::optional<std::string> Broken;
  switch (Call) {
  case ImportCall::Function:
    return true;
  case ImportCall::Method:
    if (Count == 0)
      Broken = parameterCount(0);
    break;
  case ImportCall::Getter:
    if (Count > 1)
      Broken = parameterCount(Count);
    else if (ReturnsVoid)
      Broken = "returns void";
    break;
  case ImportCall::Setter:
    if (Count == 0 || Count > 2)
      Broken = parameterCount(Count);
    else if (!ReturnsVoid)
      Broken = "returns " + FD->getReturnType().getAsString(S.getPrintingPolicy());
    break;
  case ImportCall::Constructor:
    if (!isConstructed(Signature.Result.Type))
      Broken = "returns " + FD->getReturnType().getAsString(S.getPrintingPolicy());
    break;
  }
  if (Broken) {
    report(S.getDiagnostics(), Loc, Diag::err_import_call_shape)
        << static_cast<unsigned>(Call) - 1 << Function << *Broken;
    return false;
  }
  if (takesReceiver(Call, Count) && !isReceiver(Signature.Params[0].Type)) {
    const ParmVarDecl *Receiver = FD->getParamDecl(0);
    report(S.getDiagnostics(), Receiver->getLocation(), Diag::err_import_receiver_type)
        << attributeName(Call) << Function << Receiver->getType() << Signature.Params[0].Type.spelling();
    return false;
  }
  return true;
}

} // namespace jsinterop::checks
