// Writes the code of a binding (docs/design.md): for an import, a raw wasm import and the body
// of the user's declaration; for an export, a wrapper with the wasm signature. Both bodies are
// one call to a template of <jsinterop/detail/binding.h>, built through Sema so that it is
// checked and instantiated like code the user wrote.
#ifndef JSINTEROP_PLUGIN_LOWERING_H
#define JSINTEROP_PLUGIN_LOWERING_H

#include "BindingAttr.h"
#include "WireSignature.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <tuple>

namespace clang {
class Sema;
class MangleContext;
class NamespaceDecl;
} // namespace clang

namespace jsinterop {

class Lowering {
public:
  explicit Lowering(clang::Sema &S);
  ~Lowering();

  // Writes the import's raw wasm declaration and its definition. Returns a new definition to hand
  // to code generation, or null (FD got the body itself, or the runtime header is missing).
  clang::FunctionDecl *lowerImport(clang::FunctionDecl *FD, const BindingAttr &Binding,
                                   const WireSignature &Signature);

  // Returns the wrapper to hand to code generation, or null if the runtime header is missing.
  clang::FunctionDecl *lowerExport(clang::FunctionDecl *FD, const BindingAttr &Binding,
                                   const WireSignature &Signature);

private:
  clang::Sema &S;
  std::unique_ptr<clang::MangleContext> Mangler;
  bool ReportedMissingHeader = false;
  llvm::StringMap<clang::NamespaceDecl *> Namespaces; // found ones only
  // The runtime template specialization that a body calls, by template, signature type and
  // target type: overload resolution finds it for the first binding of a signature, and the
  // others call it directly (resolving it again for each binding was most of the plugin's time).
  using SpecializationKey = std::tuple<const void *, const void *, const void *>;
  llvm::DenseMap<SpecializationKey, clang::FunctionDecl *> Specializations;

  std::string mangledName(const clang::FunctionDecl *FD);
  std::string bindingSymbol(llvm::StringRef Prefix, const clang::FunctionDecl *FD,
                            llvm::StringRef Descriptor);

  // jsinterop::<Name> of the runtime header; reports a missing header (once) when it is not there.
  clang::NamespaceDecl *runtimeNamespace(llvm::StringRef Name, clang::SourceLocation Loc);
  // The C++ type the runtime templates see for a parameter or result: the declared type, or
  // abi::as_number<T> / abi::as_bigint<T> when marshal_as chose how its 64-bit integers cross.
  clang::QualType boundType(clang::QualType Declared, LeafMode Mode, clang::SourceLocation Loc);
  clang::FunctionDecl *createFunction(llvm::StringRef Name, clang::QualType Result,
                                      llvm::ArrayRef<clang::QualType> Params,
                                      clang::StorageClass Storage, std::string Symbol,
                                      clang::SourceLocation Loc);
  bool setBodyCallingRuntime(clang::FunctionDecl *Into, llvm::StringRef Template,
                             const clang::FunctionDecl *Declared, const WireSignature &Signature,
                             clang::FunctionDecl *Target, clang::SourceLocation Loc);
};

} // namespace jsinterop

#endif
