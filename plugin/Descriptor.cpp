#include "Descriptor.h"

#include "clang/AST/DeclCXX.h"
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

// Written with a streaming writer, keys in sorted order (as llvm::json::Object prints them):
// building a json::Object per binding cost more than the rest of the plugin's work on it.
std::string descriptor(const FunctionDecl *FD, const BindingAttr &Binding,
                       const WireSignature &Signature) {
  bool IsImport = Binding.Kind == BindingKind::Import;
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::json::OStream J(OS);
  J.object([&] {
    J.attribute("abi", abi::version);
    if (StringRef Call = descriptorCall(Binding.Call); !Call.empty())
      J.attribute("call", Call);
    J.attribute("function", FD->getQualifiedNameAsString());
    J.attribute("kind", IsImport ? "import" : "export");
    if (IsImport && !Binding.Module.empty())
      J.attribute("module", Binding.Module);
    J.attributeArray("params", [&] {
      for (unsigned I = 0; I < Signature.Params.size(); ++I) {
        StringRef Name = FD->getParamDecl(I)->getName();
        J.object([&] {
          J.attribute("name", Name.empty() ? "arg" + std::to_string(I) : Name.str());
          J.attribute("type", Signature.Params[I].Type.spelling());
        });
      }
    });
    J.attribute("path", IsImport ? Binding.Path : exportPath(FD, Binding));
    if (IsImport && takesReceiver(Binding.Call, Signature.Params.size()))
      J.attribute("receiver", true);
    J.attribute("result", Signature.Result.Type.spelling());
  });
  return Text;
}

} // namespace jsinterop
