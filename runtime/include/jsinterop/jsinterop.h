// jsinterop: [[jsinterop::import]] / [[jsinterop::export]] for C++ on WebAssembly.
// The one public header; the plugin requires it in every file that uses the attributes.
#ifndef JSINTEROP_JSINTEROP_H
#define JSINTEROP_JSINTEROP_H

#if !defined(__wasm32__)
#error "jsinterop targets wasm32: compile with jsinterop-clang++ (or --target=wasm32-wasi)"
#endif

#include "jsinterop/abi/wire_types.h"
#include "jsinterop/detail/binding.h"
#include "jsinterop/wire.h"

#endif
