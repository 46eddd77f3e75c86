// The binding descriptors of docs/design.md ("Descriptors"): the JSON names of the wasm imports
// and exports that the JS runtime reads.
#ifndef JSINTEROP_PLUGIN_DESCRIPTOR_H
#define JSINTEROP_PLUGIN_DESCRIPTOR_H

#include "BindingAttr.h"
#include "WireSignature.h"

#include <string>

namespace jsinterop {

// The JS path of an export: the C++ qualified name with '.' for '::', the last segment replaced
// by the attribute's name when it has one.
std::string exportPath(const clang::FunctionDecl *FD, const BindingAttr &Binding);

std::string descriptor(const clang::FunctionDecl *FD, const BindingAttr &Binding,
                       const WireSignature &Signature);

} // namespace jsinterop

#endif
