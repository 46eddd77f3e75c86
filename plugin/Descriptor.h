// The binding descriptors of docs/design.md ("Descriptors"): the JSON names of the wasm imports
// and exports that the JS runtime reads.
#ifndef JSINTEROP_PLUGIN_DESCRIPTOR_H
#define JSINTEROP_PLUGIN_DESCRIPTOR_H

#include "BindingAttr.h"
#include "WireSignature.h"

#include <string>
#include <utility>
#include <vector>

namespace jsinterop {

// A descriptor's keys. Empty strings and a false Receiver are left out.
struct DescriptorFields {
  BindingKind Kind;
  std::string Call;     // "method", "new", "get" or "set"
  std::string Class;    // a member of an exported class: the class's JS path
  std::string Function; // the C++ qualified name
  std::string Module;   // an import's module
  std::vector<std::pair<std::string, std::string>> Params; // name, wire type
  std::string Path;
  bool Receiver = false;
  std::string Result;
};

// The fields as JSON, keys in sorted order.
std::string descriptorText(const DescriptorFields &Fields);

// The JS path of an export: the C++ qualified name with '.' for '::', the last segment replaced
// by the attribute's name when it has one.
std::string exportPath(const clang::FunctionDecl *FD, const BindingAttr &Binding);

// A parameter's name in a descriptor: its C++ name, or argN for an unnamed one.
std::string parameterName(const clang::ParmVarDecl *P);

std::string descriptor(const clang::FunctionDecl *FD, const BindingAttr &Binding,
                       const WireSignature &Signature);

// An exported class's line, or a value object's with its fields (name, wire type).
std::string classDescriptor(const clang::CXXRecordDecl *Class, ClassKind Kind,
                            llvm::ArrayRef<std::pair<std::string, std::string>> Fields);

} // namespace jsinterop

#endif
