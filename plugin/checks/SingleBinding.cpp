#include "Checks.h"

#include "../Diagnostics.h"

#include "clang/Sema/Sema.h"

namespace jsinterop::checks {

namespace {

std::string describe(const BindingAttr &Binding) {
  if (Binding.Kind == BindingKind::Export)
    return Binding.Path.empty() ? "export" : "export(\"" + Binding.Path + "\")";
  std::string Text = "import(\"" + Binding.Path + "\"";
  if (!Binding.Module.empty())
    Text += ", \"" + Binding.Module + "\"";
  Text += ")";
  if (Binding.Call != ImportCall::Function)
    Text += ", " + attributeName(Binding.Call).str();
  return Text;
}

} // namespace

bool singleBinding(clang::Sema &S, const clang::FunctionDecl *FD,
                   llvm::ArrayRef<BindingAttr> Bindings) {
  const BindingAttr &First = Bindings.front();
  for (const BindingAttr &Binding : Bindings.drop_front()) {
    if (Binding.Kind != First.Kind) {
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_import_and_export);
      return false;
    }
    if (Binding.Path != First.Path || Binding.Module != First.Module || Binding.Call != First.Call) {
      report(S.getDiagnostics(), Binding.Range.getBegin(), Diag::err_binding_redeclared_differently)
          << FD->getQualifiedNameAsString() << describe(Binding) << describe(First);
      report(S.getDiagnostics(), First.Range.getBegin(), Diag::note_earlier_binding);
      return false;
    }
  }
  return true;
}

} // namespace jsinterop::checks
