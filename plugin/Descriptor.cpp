#include "Descriptor.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace jsinterop {
using namespace clang;

std::string exportPath(const FunctionDecl *FD, const BindingAttr &Binding) {
  SmallVector<std::string, 4> Segments;
  for (const DeclContext *DC = FD->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isAnonymousNamespace() && !NS->isInline())
        Segments.push_back(NS->getName().str());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Segments.push_back(RD->getName().str());
    }
  }
  std::reverse(Segments.begin(), Segments.end());
  Segments.push_back(Binding.Path.empty() ? FD->getName().str() : Binding.Path);
  return llvm::join(Segments, ".");
}

std::string descriptor(const FunctionDecl *FD, const BindingAttr &Binding,
                       const WireSignature &Signature) {
  bool IsImport = Binding.Kind == BindingKind::Import;
  llvm::json::Array Params;
  for (unsigned I = 0; I < Signature.Params.size(); ++I) {
    StringRef Name = FD->getParamDecl(I)->getName();
    Params.push_back(llvm::json::Object{
        {"name", Name.empty() ? "arg" + std::to_string(I) : Name.str()},
        {"type", Signature.Params[I].Type.spelling()}});
  }
  llvm::json::Object Object{
      {"abi", abi::version},
      {"kind", IsImport ? "import" : "export"},
      {"path", IsImport ? Binding.Path : exportPath(FD, Binding)},
      {"function", FD->getQualifiedNameAsString()},
      {"params", std::move(Params)},
      {"result", Signature.Result.Type.spelling()},
  };
  if (IsImport && !Binding.Module.empty())
    Object["module"] = Binding.Module;
  return llvm::formatv("{0}", llvm::json::Value(std::move(Object))).str();
}

} // namespace jsinterop
