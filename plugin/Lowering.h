// Writes what a binding needs (docs/design.md): for an import, a raw wasm import and the body of
// the user's declaration, one call to call_import; for an export, a record that names the export's
// dispatcher, an instantiation of call_export. Both are built through Sema, so that they are
// checked and instantiated like code the user wrote. Each binding's descriptor goes into the
// module's descriptor section, under the short name its import, export or record carries.
#ifndef JSINTEROP_PLUGIN_LOWERING_H
#define JSINTEROP_PLUGIN_LOWERING_H

#include "BindingAttr.h"
#include "WireSignature.h"

#include "clang/Sema/Ownership.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace clang {
class IdentifierInfo;
class QualType;
class Sema;
class MangleContext;
class NamespaceDecl;
class RecordDecl;
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

  // Reports err_missing_header at Loc, once per file: a declaration the lowering needs is not there.
  void reportMissingHeader(clang::SourceLocation Loc);

  // Whether the runtime header is included; reports err_missing_header (once per file) at Loc when
  // not. Every binding needs it, lowered or not: an unused import is checked at its declaration too.
  bool hasRuntimeHeader(clang::SourceLocation Loc) { return runtimeNamespace("detail", Loc) != nullptr; }

  // Returns the export's record to hand to code generation, or null (FD is its own wasm export,
  // or the runtime header is missing).
  clang::Decl *lowerExport(clang::FunctionDecl *FD, const BindingAttr &Binding,
                                   const WireSignature &Signature);

  // An export through a record, under Descriptor: of an exported function, or of a function the
  // plugin wrote for a class member (ClassLowering.h). Declared names the record's symbol: FD, or the
  // member. Null if the runtime header is missing.
  clang::Decl *lowerExportThroughRecord(clang::FunctionDecl *FD, const WireSignature &Signature,
                                        const std::string &Descriptor, const clang::NamedDecl *Declared);

  // The export of a member's trampoline (ClassLowering.h), which keeps what it borrows alive itself:
  // the trampoline is the wasm export when its values cross as themselves, counting an instance it
  // borrows (the receiver, say) as its pointer; else a record. Null when the trampoline is the export.
  clang::Decl *lowerTrampolineExport(clang::FunctionDecl *FD, const WireSignature &Signature,
                                     const std::string &Descriptor, const clang::NamedDecl *Declared);

  // Descriptor's line, and a record that names it, Dispatch and Target (detail::export_record).
  // SymbolSuffix makes the record's symbol unique per binding and equal across files.
  clang::Decl *record(const std::string &Descriptor, clang::FunctionDecl *Dispatch, clang::FunctionDecl *Target,
                      bool External, const std::string &SymbolSuffix, clang::SourceLocation Loc);

  // `::jsinterop::detail::Template<Args...>`, a function template specialization; null (reported)
  // when there is none.
  clang::FunctionDecl *runtimeFunction(llvm::StringRef Template, llvm::ArrayRef<clang::QualType> Args,
                                       clang::SourceLocation Loc);
  // jsinterop::<Name> of the runtime header; reports a missing header (once) when it is not there.
  clang::NamespaceDecl *runtimeNamespace(llvm::StringRef Name, clang::SourceLocation Loc);
  clang::FunctionDecl *createFunction(llvm::StringRef Name, clang::QualType Result,
                                      llvm::ArrayRef<clang::QualType> Params,
                                      clang::StorageClass Storage, std::string Symbol,
                                      clang::SourceLocation Loc);
  std::string mangledName(const clang::NamedDecl *D);
  // The end of a binding's symbols: unique per C++ declaration and descriptor, equal across files
  // that agree on both.
  std::string bindingSymbolSuffix(const clang::NamedDecl *D, llvm::StringRef Descriptor, char Separator = '.');

  // The descriptor section's lines of the bindings lowered so far, as file-scope assembly for code
  // generation, at the end of the file (an import's line only when the file uses the import); null
  // when there are none.
  clang::Decl *descriptorSection();

private:
  clang::Sema &S;
  std::unique_ptr<clang::MangleContext> Mangler;
  bool ReportedMissingHeader = false;
  llvm::StringMap<clang::NamespaceDecl *> Namespaces; // found ones only
  // The runtime template specialization that a body calls or a record names, by template,
  // signature type and target type: Sema resolves it for the first binding of a signature, and
  // the others use it directly (resolving it again for each binding was most of the plugin's time).
  using SpecializationKey = std::tuple<const void *, const void *, const void *>;
  llvm::DenseMap<SpecializationKey, clang::FunctionDecl *> Specializations;
  clang::RecordDecl *ExportRecord = nullptr; // found one only
  struct SectionLine {
    const clang::FunctionDecl *Import; // null for an export
    std::string Name, Descriptor;
  };
  std::vector<SectionLine> SectionLines;

  bool completeTypes(const clang::FunctionDecl *FD);


  // The C++ type the runtime templates see for a parameter or result: the declared type, or
  // abi::as_number<T> / abi::as_bigint<T> when marshal_as chose how its 64-bit integers cross.
  clang::QualType boundType(clang::QualType Declared, LeafMode Mode, clang::SourceLocation Loc);
  clang::QualType signatureType(const clang::FunctionDecl *Declared, const WireSignature &Signature,
                                clang::SourceLocation Loc);
  clang::ExprResult runtimeTemplateId(clang::IdentifierInfo *Template,
                                      llvm::ArrayRef<clang::QualType> Args,
                                      clang::SourceLocation Loc);
  bool setImportBody(clang::FunctionDecl *Into, const clang::FunctionDecl *Declared,
                     const WireSignature &Signature, clang::FunctionDecl *Raw,
                     clang::SourceLocation Loc);
  clang::RecordDecl *exportRecord(clang::SourceLocation Loc);
  clang::FunctionDecl *dispatcher(clang::FunctionDecl *FD, const WireSignature &Signature,
                                  llvm::ArrayRef<clang::QualType> WasmParams,
                                  clang::SourceLocation Loc);
};

} // namespace jsinterop

#endif
