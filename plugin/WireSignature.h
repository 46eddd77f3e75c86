// A binding's C++ signature, as wire types: what the checks produce and the lowering consumes.
#ifndef JSINTEROP_PLUGIN_WIRESIGNATURE_H
#define JSINTEROP_PLUGIN_WIRESIGNATURE_H

#include "TypeMap.h"

#include "llvm/ADT/SmallVector.h"

namespace jsinterop {

struct BoundType {
  Wire Type;
  LeafMode Mode = LeafMode::Default;
};

struct WireSignature {
  llvm::SmallVector<BoundType, 4> Params;
  BoundType Result{Wire{abi::wire_type::Void, {}}};
};

} // namespace jsinterop

#endif
