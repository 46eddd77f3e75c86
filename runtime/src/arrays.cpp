// The arrays of memory-view elements (std::vector<int>, <double>, ...), built and read once here
// for every file that binds one (wire.h says why).
#include "jsinterop/wire.h"

namespace jsinterop::abi {

#define JSINTEROP_ARRAY_WIRE(Key) template struct array_wire<Key>;
JSINTEROP_MEMORY_VIEW_KEYS(JSINTEROP_ARRAY_WIRE)
#undef JSINTEROP_ARRAY_WIRE

} // namespace jsinterop::abi
