#include "Descriptor.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/Support/JSON.h"

namespace jsinterop {
using namespace clang;

namespace {

void writeNamedTypes(llvm::json::OStream &J, llvm::StringRef Key,
                     llvm::ArrayRef<std::pair<std::string, std::string>> Entries) {
  J.attributeArray(Key, [&] {
    for (const auto &[Name, Type] : Entries)
      J.object([&] {
        J.attribute("name", Name);
        J.attribute("type", Type);
      });
  });
}

} // namespace

std::string exportPath(const FunctionDecl *FD, const BindingAttr &Binding) {
  return jsPath(FD->getDeclContext(), Binding.Path.empty() ? FD->getName() : llvm::StringRef(Binding.Path));
}

std::string parameterName(const ParmVarDecl *P) {
  return P->getName().empty() ? "arg" + std::to_string(P->getFunctionScopeIndex()) : P->getName().str();
}

// Written with a streaming writer, keys in sorted order (as llvm::json::Object prints them):
// building a json::Object per binding cost more than the rest of the plugin's work on it.
std::string descriptorText(const DescriptorFields &Fields) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::json::OStream J(OS);
  auto Optional = [&](llvm::StringRef Key, const std::string &Value) {
    if (!Value.empty())
      J.attribute(Key, Value);
  };
  J.object([&] {
    J.attribute("abi", abi::version);
    Optional("call", Fields.Call);
    Optional("class", Fields.Class);
    J.attribute("function", Fields.Function);
    J.attribute("kind", Fields.Kind == BindingKind::Import ? "import" : "export");
    Optional("module", Fields.Module);
    writeNamedTypes(J, "params", Fields.Params);
    J.attribute("path", Fields.Path);
    if (Fields.Receiver)
      J.attribute("receiver", true);
    J.attribute("result", Fields.Result);
  });
  return Text;
}

std::string descriptor(const FunctionDecl *FD, const BindingAttr &Binding,
                       const WireSignature &Signature) {
  bool IsImport = Binding.Kind == BindingKind::Import;
  DescriptorFields Fields{Binding.Kind};
  Fields.Call = descriptorCall(Binding.Call).str();
  // A static member function of an exported class is a static of the JS class.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && !IsImport)
    if (std::optional<ClassBinding> Bound = classBindingOf(MD->getParent());
        Bound && Bound->Kind == ClassKind::Exported)
      Fields.Class = classPath(MD->getParent());
  Fields.Function = FD->getQualifiedNameAsString();
  if (IsImport)
    Fields.Module = Binding.Module;
  for (unsigned I = 0; I < Signature.Params.size(); ++I)
    Fields.Params.emplace_back(parameterName(FD->getParamDecl(I)), Signature.Params[I].Type.spelling());
  Fields.Path = IsImport ? Binding.Path : exportPath(FD, Binding);
  Fields.Receiver = IsImport && takesReceiver(Binding.Call, Signature.Params.size());
  Fields.Result = Signature.Result.Type.spelling();
  return descriptorText(Fields);
}

std::string classDescriptor(const CXXRecordDecl *Class, ClassKind Kind,
                            llvm::ArrayRef<std::pair<std::string, std::string>> Fields) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::json::OStream J(OS);
  J.object([&] {
    J.attribute("abi", abi::version);
    // With its template arguments: a class template's specialization is exported by an alias.
    std::string Name;
    llvm::raw_string_ostream Printed(Name);
    Class->getNameForDiagnostic(Printed, Class->getASTContext().getPrintingPolicy(), /*Qualified=*/true);
    J.attribute("cxx", Name);
    if (Kind == ClassKind::ValueObject)
      writeNamedTypes(J, "fields", Fields);
    J.attribute("kind", Kind == ClassKind::Exported ? "class" : "value_object");
    J.attribute("path", classPath(Class));
  });
  return Text;
}

} // namespace jsinterop
