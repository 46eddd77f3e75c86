// A binding's C++ signature, as wire types: what the checks produce and the lowering consumes.
#ifndef JSINTEROP_PLUGIN_WIRESIGNATURE_H
#define JSINTEROP_PLUGIN_WIRESIGNATURE_H

#include "jsinterop/abi/wire_types.h"

#include "llvm/ADT/SmallVector.h"

namespace jsinterop {

struct WireSignature {
  llvm::SmallVector<abi::wire_type, 4> Params;
  abi::wire_type Result = abi::wire_type::Void;
};

} // namespace jsinterop

#endif
