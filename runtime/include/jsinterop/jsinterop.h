// jsinterop: [[jsinterop::import]] / [[jsinterop::export]] for C++ on WebAssembly.
// The one public header; the plugin requires it in every file that uses the attributes.
#ifndef JSINTEROP_JSINTEROP_H
#define JSINTEROP_JSINTEROP_H

#if !defined(__wasm32__)
#error "jsinterop targets wasm32: compile with jsinterop-clang++ (or --target=wasm32-wasip1)"
#endif

#include "jsinterop/abi/marshal_as.h"
#include "jsinterop/abi/wire_types.h"
#include "jsinterop/any.h"
#include "jsinterop/array_segment.h"
#include "jsinterop/detail/binding.h"
#include "jsinterop/error.h"
#include "jsinterop/function_ref.h"
#include "jsinterop/host.h"
#include "jsinterop/object.h"
#include "jsinterop/result.h"
#include "jsinterop/task.h"
#include "jsinterop/wire.h"

#endif
