// The checks that run on each binding when its declaration is complete, one concern per file.
// Each reports its own diagnostics and returns false when the binding must not be lowered.
#ifndef JSINTEROP_PLUGIN_CHECKS_H
#define JSINTEROP_PLUGIN_CHECKS_H

#include "../BindingAttr.h"
#include "../WireSignature.h"

#include "llvm/ADT/StringMap.h"

#include <optional>

namespace clang {
class CXXRecordDecl;
class Sema;
} // namespace clang

namespace jsinterop::checks {

// What the first declaration of a binding said, which its redeclarations must agree with.
struct FirstDeclaration {
  BindingAttr Binding;
  const clang::FunctionDecl *Decl;
  std::optional<MarshalAsAttr> MarshalAs; // on the function (its result)
  llvm::SmallVector<std::optional<MarshalAsAttr>, 4> ParamMarshalAs;
};
FirstDeclaration firstDeclaration(const clang::FunctionDecl *FD, const BindingAttr &Binding);

// One attribute: not import and export together.
bool singleBinding(clang::Sema &S, const clang::FunctionDecl *FD,
                   llvm::ArrayRef<BindingAttr> Bindings);

// A redeclaration that says another marshal_as than the first declaration, for the function or
// a parameter (saying none is agreeing).
bool sameMarshalAs(clang::Sema &S, const clang::FunctionDecl *FD, const FirstDeclaration &First);

// The binding attribute of a function's first binding declaration comes before its definition
// and, for an import, its first use: a later one would not be seen by what was written already.
bool bindingInTime(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// No clang::export_name, import_name or import_module beside a binding, which names the wasm
// function itself. CheckInherited: also those inherited from an earlier declaration.
bool noWasmNameAttributes(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                          bool CheckInherited);

// A consteval or deleted function does not exist when the program runs: it cannot be bound.
bool callableAtRunTime(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// An import's body is written by the plugin.
bool importHasNoBody(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// A jsinterop::function_ref only as a parameter of an import: it lends a callable for one call.
bool functionRefPlacement(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// Every parameter and the result map to a wire type under its marshal_as; returns the signature.
std::optional<WireSignature> signatureTypes(clang::Sema &S, const clang::FunctionDecl *FD);

// A task export's parameters own their values: the task runs on after the call that lent a view
// or a reference. Run after signatureTypes.
bool taskParametersOwned(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                         const WireSignature &Signature);

// Two exports of one translation unit at one JS path. Exported maps each path to its function.
bool uniqueExportPath(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                      llvm::StringMap<const clang::NamedDecl *> &Exported);

// [[jsinterop::method]], constructor, getter or setter only beside an import (Binding: the
// function's binding, or null for none).
bool importCallWithoutImport(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr *Binding);

// An import kind once, and the shape it needs: a method's receiver first; a getter takes at most its
// receiver and returns the value; a setter takes the value, after its receiver if it has one, and
// returns void; a constructor returns an object. A receiver is an object, a typed handle, any or a
// string (not a copy such as an array). Run after signatureTypes.
bool importCallShape(clang::Sema &S, const clang::FunctionDecl *FD, const WireSignature &Signature);

// An import lends no instance of an exported class by reference (T&, T*): JS could keep it past
// the call. Run after signatureTypes.
bool importLendsNoInstance(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                           const WireSignature &Signature);

// Every instance of an exported class that a binding copies (an export's parameter by value, an
// import's parameter or result, one inside a container, a task or a callback) has a public copy
// constructor.
bool instancesCopyable(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);
// The exported class in Type (itself or inside it) that a copy of Type would copy but cannot; null if none.
const clang::CXXRecordDecl *uncopyableInstance(clang::Sema &S, clang::QualType Type);

// ---- classes (docs/classes.md) -----------------------------------------------------------------

// A member of an exported class that crosses, as the checks found it.
struct ExportedMember {
  enum Kind { Constructor, NamedConstructor, Method, Getter, Setter, DataMember };
  Kind What;
  clang::NamedDecl *Decl; // a CXXConstructorDecl, a CXXMethodDecl or a FieldDecl
  std::string Name;       // its JS name; empty for the constructor `new` runs
  WireSignature Signature; // its own parameters and result; a data member's type as the result
};

// What JS needs of an exported class: no virtual base, a public destructor (dispose runs it), not
// abstract.
bool exportedClassShape(clang::Sema &S, const clang::CXXRecordDecl *Class, const ClassBinding &Binding);

// The exported members of an exported class, each checked: public; its types cross; one JS name per
// member (a getter and a setter share one); a getter takes nothing and returns the value, a setter
// takes the value and returns void; a method returns no task. Null when one is not.
std::optional<std::vector<ExportedMember>> exportedMembers(clang::Sema &S, const clang::CXXRecordDecl *Class);

// A constructor, a non-static member function or a data member marked export in a class that is
// not exported (Bound: a value object, or null), or a getter or setter that is not exported.
bool membersOfUnexportedClass(clang::Sema &S, const clang::CXXRecordDecl *Class, const ClassBinding *Bound);

// An exported class's JS path, unless a function or another class of this file has it. Exported
// maps each path to what has it.
bool uniqueClassPath(clang::Sema &S, const clang::CXXRecordDecl *Class,
                     llvm::StringMap<const clang::NamedDecl *> &Exported);

// The fields of a value object, as (name, wire type): an aggregate of public data members, with no
// base and no anonymous member, whose every type crosses. Null when it is not one.
// Report: false to find out quietly whether the class is one (before it is checked).
std::optional<std::vector<std::pair<std::string, Wire>>> valueObjectFields(clang::Sema &S,
                                                                          const clang::CXXRecordDecl *Class,
                                                                          const ClassBinding &Binding,
                                                                          bool Report = true);

// A marshal_as on a function (or its parameters) that is neither an import nor an export.
void marshalAsWithoutBinding(clang::Sema &S, const clang::FunctionDecl *FD);

} // namespace jsinterop::checks

#endif
