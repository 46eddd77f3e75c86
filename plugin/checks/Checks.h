// The checks that run on each binding when its declaration is complete, one concern per file.
// Each reports its own diagnostics and returns false when the binding must not be lowered.
#ifndef JSINTEROP_PLUGIN_CHECKS_H
#define JSINTEROP_PLUGIN_CHECKS_H

#include "../BindingAttr.h"
#include "../WireSignature.h"

#include "llvm/ADT/StringMap.h"

#include <optional>

namespace clang {
class Sema;
}

namespace jsinterop::checks {

// One attribute: not import and export together.
bool singleBinding(clang::Sema &S, const clang::FunctionDecl *FD,
                   llvm::ArrayRef<BindingAttr> Bindings);

// A consteval or deleted function does not exist when the program runs: it cannot be bound.
bool callableAtRunTime(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// An import's body is written by the plugin.
bool importHasNoBody(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// A jsinterop::function_ref only as a parameter of an import: it lends a callable for one call.
bool functionRefPlacement(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding);

// Every parameter and the result map to a wire type under its marshal_as; returns the signature.
std::optional<WireSignature> signatureTypes(clang::Sema &S, const clang::FunctionDecl *FD);

// Two exports of one translation unit at one JS path. Exported maps each path to its function.
bool uniqueExportPath(clang::Sema &S, const clang::FunctionDecl *FD, const BindingAttr &Binding,
                      llvm::StringMap<const clang::FunctionDecl *> &Exported);

// A marshal_as on a function (or its parameters) that is neither an import nor an export.
void marshalAsWithoutBinding(clang::Sema &S, const clang::FunctionDecl *FD);

} // namespace jsinterop::checks

#endif
