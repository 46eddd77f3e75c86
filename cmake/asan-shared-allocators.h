// Force-included into the plugin's sources in the AddressSanitizer build (cmake/Sanitize.cmake).
// The plugin's inline copies of LLVM's BumpPtrAllocator (IdentifierTable::get, ASTContext's
// Allocate) allocate from the same slabs as clang, which is not built with ASan. Instrumented,
// they poison each new slab, and clang's own allocations from it are then reported as
// use-after-poison (4 corpus files with the precompiled prelude). So the plugin does not poison.
#include "llvm/Support/Compiler.h"
#define __asan_poison_memory_region(addr, size) ((void)(addr), (void)(size))
