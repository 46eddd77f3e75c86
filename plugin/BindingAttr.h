// What the attributes said, kept on the declaration as an implicit AnnotateAttr so that it
// travels with the AST (also inside clangd), and removed before code generation sees it.
#ifndef JSINTEROP_PLUGIN_BINDINGATTR_H
#define JSINTEROP_PLUGIN_BINDINGATTR_H

#include "clang/AST/Decl.h"

#include <optional>
#include <string>

namespace jsinterop {

enum class BindingKind { Import, Export };

// How an import reaches what its path names (docs/cpp-api.md, "Import kinds"): a function called
// (the default), or, with one more attribute, a method of its first parameter, a constructor
// (`new`), a property read or written.
enum class ImportCall { Function, Method, Constructor, Getter, Setter };

struct BindingAttr {
  BindingKind Kind;
  std::string Path;   // import: the JS path; export: the explicit JS name, or empty
  std::string Module; // import: the module name, or empty for globalThis
  clang::SourceRange Range;
  ImportCall Call = ImportCall::Function; // import: its kind, from the declaration's first ImportCallAttr
};

// [[jsinterop::method]], constructor, getter or setter beside an import.
struct ImportCallAttr {
  ImportCall Call;
  clang::SourceRange Range;
};

// The attribute's name ("method", ...) and the descriptor's "call" value ("method", "new", "get",
// "set"); the function form has neither.
llvm::StringRef attributeName(ImportCall Call);
llvm::StringRef descriptorCall(ImportCall Call);
// Whether an import of this kind and parameter count reaches into its first parameter (the
// receiver): a method always, a getter of one parameter, a setter of two. The descriptor says so,
// so that the JS side never works it out again.
bool takesReceiver(ImportCall Call, unsigned ParamCount);

struct MarshalAsAttr {
  std::string Text; // already parsed without error when the attribute was attached
  clang::SourceRange Range;
};

// What [[jsinterop::export]] or [[jsinterop::value_object]] made a class (docs/classes.md).
enum class ClassKind { Exported, ValueObject };

struct ClassBinding {
  ClassKind Kind;
  std::string Name; // export: the explicit JS name, or empty
  clang::SourceRange Range;
};

void attachBinding(clang::ASTContext &Ctx, clang::Decl *D, const BindingAttr &Binding);
void attachValueObject(clang::ASTContext &Ctx, clang::Decl *D, clang::SourceRange Range);
void attachMarshalAs(clang::ASTContext &Ctx, clang::Decl *D, const MarshalAsAttr &MarshalAs);
void attachImportCall(clang::ASTContext &Ctx, clang::Decl *D, const ImportCallAttr &Call);

// Every binding attribute on D, in source order (more than one is a misuse to diagnose).
llvm::SmallVector<BindingAttr, 1> bindingsOf(const clang::Decl *D);
std::optional<MarshalAsAttr> marshalAsOf(const clang::Decl *D);
// What the definition of Class says it is, if anything.
std::optional<ClassBinding> classBindingOf(const clang::CXXRecordDecl *Class);
// The export or value_object attributes on D itself, in source order (both is a misuse).
llvm::SmallVector<ClassBinding, 1> classAnnotationsOf(const clang::Decl *D);
// The JS path of what is declared in DC under Name: the C++ qualified name with '.' for '::', where
// an exported class stands as its JS name.
std::string jsPath(const clang::DeclContext *DC, llvm::StringRef Name);
// An exported class's or a value object's JS path.
std::string classPath(const clang::CXXRecordDecl *Class);
llvm::SmallVector<ImportCallAttr, 1> importCallsOf(const clang::Decl *D);

// Clang drops the attributes of a redeclaration that follows the function's definition (with a
// warning): puts back the jsinterop ones that were attached to D, so that the checks see them.
void restoreDroppedAnnotations(clang::Decl *D);
// Forgets what restoreDroppedAnnotations would put back: called before a translation unit starts.
void forgetAttachedAnnotations();

// Removes jsinterop's annotations from D (and its parameters): code generation would otherwise
// write them into the module as llvm.global.annotations.
void dropAnnotations(clang::Decl *D);
// The same, keeping them to put back with restoreAnnotationsPutAside (a member of a class template's
// specialization, until an alias exports it). Forgotten with the translation unit.
void putAsideAnnotations(clang::Decl *D);
void restoreAnnotationsPutAside(clang::Decl *D);

} // namespace jsinterop

#endif
