// The JS runtime's functions that the C++ runtime calls: imports of wasm module
// "jsinterop.runtime" (docs/design.md, "Runtime intrinsics"). `h` is a handle into the JS runtime's
// value table, 0 is none; a `slot` is the address of a std::string (or std::u16string) that JS fills
// through jsinterop_string_resize (jsinterop_u16string_resize). Only the intrinsics a program uses
// become imports of its module.
#ifndef JSINTEROP_DETAIL_INTRINSICS_H
#define JSINTEROP_DETAIL_INTRINSICS_H

#include "jsinterop/abi/wasm.h"
#include "jsinterop/abi/wire_types.h"

#define JSINTEROP_RUNTIME_IMPORT(name) \
  __attribute__((import_module("jsinterop.runtime"), import_name(name)))

namespace jsinterop::detail::intrinsics {

using abi::f32;
using abi::f64;
using abi::i32;
using abi::i64;

JSINTEROP_RUNTIME_IMPORT("release") void release(i32 h);
JSINTEROP_RUNTIME_IMPORT("duplicate") i32 duplicate(i32 h);
JSINTEROP_RUNTIME_IMPORT("value_null") i32 value_null();
JSINTEROP_RUNTIME_IMPORT("value_undefined") i32 value_undefined();
JSINTEROP_RUNTIME_IMPORT("global_this") i32 global_this();
JSINTEROP_RUNTIME_IMPORT("is_null") i32 is_null(i32 h);
JSINTEROP_RUNTIME_IMPORT("is_undefined") i32 is_undefined(i32 h);
JSINTEROP_RUNTIME_IMPORT("type_of") void type_of(i32 h, i32 slot);
JSINTEROP_RUNTIME_IMPORT("object_get") i32 object_get(i32 h, i32 name, i32 name_length);
JSINTEROP_RUNTIME_IMPORT("object_set") void object_set(i32 h, i32 name, i32 name_length, i32 value);
JSINTEROP_RUNTIME_IMPORT("object_has") i32 object_has(i32 h, i32 name, i32 name_length);
// The same by key: `k` is a property name interned in a table of its own (not the value table),
// made and released by the key cache of detail/property_key.h, which bounds it.
JSINTEROP_RUNTIME_IMPORT("key_new") i32 key_new(i32 name, i32 name_length);
JSINTEROP_RUNTIME_IMPORT("key_release") void key_release(i32 k);
JSINTEROP_RUNTIME_IMPORT("object_get_key") i32 object_get_key(i32 h, i32 k);
JSINTEROP_RUNTIME_IMPORT("object_set_key") void object_set_key(i32 h, i32 k, i32 value);
JSINTEROP_RUNTIME_IMPORT("object_has_key") i32 object_has_key(i32 h, i32 k);
// object's dynamic operations: what fails or throws is not thrown; its handle is written at
// error_slot (the result is 0), for C++ to end the program with or to return as a js_error.
JSINTEROP_RUNTIME_IMPORT("object_new") i32 object_new();
JSINTEROP_RUNTIME_IMPORT("object_try_get")
i32 object_try_get(i32 h, i32 name, i32 name_length, i32 error_slot);
JSINTEROP_RUNTIME_IMPORT("object_try_set")
i32 object_try_set(i32 h, i32 name, i32 name_length, i32 value, i32 error_slot);
JSINTEROP_RUNTIME_IMPORT("object_call")
i32 object_call(i32 h, i32 name, i32 name_length, i32 arguments, i32 error_slot);
JSINTEROP_RUNTIME_IMPORT("object_construct") i32 object_construct(i32 h, i32 arguments, i32 error_slot);
// h's value instanceof globalThis[path] (a dotted path): 1 or 0; -1 when the path names no constructor.
JSINTEROP_RUNTIME_IMPORT("instance_of") i32 instance_of(i32 h, i32 path, i32 path_length);
// "expected <what the wire type spelled expects>, got <h's value>", for messages.
JSINTEROP_RUNTIME_IMPORT("explain_misfit") void explain_misfit(i32 h, i32 type, i32 type_length, i32 slot);
JSINTEROP_RUNTIME_IMPORT("array_new") i32 array_new();
JSINTEROP_RUNTIME_IMPORT("array_length") i32 array_length(i32 h);
JSINTEROP_RUNTIME_IMPORT("array_get") i32 array_get(i32 h, i32 index);
JSINTEROP_RUNTIME_IMPORT("array_push") void array_push(i32 h, i32 value);
// A new handle to h's value read once as the wire type spelled (docs/design.md "Read once").
JSINTEROP_RUNTIME_IMPORT("copy_in") i32 copy_in(i32 h, i32 type, i32 type_length);
JSINTEROP_RUNTIME_IMPORT("error_new") i32 error_new(i32 message, i32 length);
JSINTEROP_RUNTIME_IMPORT("error_message") void error_message(i32 h, i32 slot);
JSINTEROP_RUNTIME_IMPORT("error_stack") void error_stack(i32 h, i32 slot);
JSINTEROP_RUNTIME_IMPORT("fatal") void fatal(i32 message, i32 length);

// Promises (docs/design.md, "Promises and tasks"). `d` is a handle of a deferred promise: C++
// settles it once, then releases it; the value and error handles are lent.
JSINTEROP_RUNTIME_IMPORT("promise_then") void promise_then(i32 h, i32 continuation);
JSINTEROP_RUNTIME_IMPORT("deferred_new") i32 deferred_new();
JSINTEROP_RUNTIME_IMPORT("deferred_promise") i32 deferred_promise(i32 d);
JSINTEROP_RUNTIME_IMPORT("deferred_resolve") void deferred_resolve(i32 d, i32 value);
JSINTEROP_RUNTIME_IMPORT("deferred_reject") void deferred_reject(i32 d, i32 error);
JSINTEROP_RUNTIME_IMPORT("tasks_idle") void tasks_idle();

// Callbacks (docs/design.md, "Callbacks").
JSINTEROP_RUNTIME_IMPORT("function_new") i32 function_new(i32 callable);
JSINTEROP_RUNTIME_IMPORT("function_call") i32 function_call(i32 h, i32 arguments, i32 error_slot);
// A function lent for one import call (function_ref): no finalizer; function_revoke(h) releases
// its callable, makes later calls throw, and releases h.
JSINTEROP_RUNTIME_IMPORT("function_lend") i32 function_lend(i32 callable);
JSINTEROP_RUNTIME_IMPORT("function_revoke") void function_revoke(i32 h);

// Classes (docs/design.md, "Classes"). `key` is a class key (detail::class_key_of<T>).
// A new JS instance of the class that adopts the T at pointer (made by `new T`).
JSINTEROP_RUNTIME_IMPORT("instance_box") i32 instance_box(i32 key, i32 pointer);
// The pointer of h's value if it is a live instance of the class (or a snapshot JS made of one); 0 if not.
JSINTEROP_RUNTIME_IMPORT("instance_pointer") i32 instance_pointer(i32 h, i32 key);
// A new plain object of the value object's class from the boxed values of its fields, in order
// (`fields`: an Array's handle, lent).
JSINTEROP_RUNTIME_IMPORT("value_object_new") i32 value_object_new(i32 key, i32 fields);
// A new handle of an Array of h's field values, each read once and checked as its field's wire type
// (or of h itself when it is such an array JS made); 0 if h's value does not fit.
JSINTEROP_RUNTIME_IMPORT("value_object_fields") i32 value_object_fields(i32 h, i32 key);

// Modules (docs/design.md, "Modules"): a handle of the Promise of the import.
JSINTEROP_RUNTIME_IMPORT("import_module")
i32 import_module(i32 name, i32 name_length, i32 url, i32 url_length);

// box_<T>, unbox_<T>, fits_<T> for the scalar wire types, and object_get_<T>(h, k) and
// object_set_<T>(h, k, value), value[key] read as T (as unbox_<T> would) or set in one crossing;
// scalar<wire_type> names them for wire<T>.
template <abi::wire_type> struct scalar {};
#define JSINTEROP_SCALAR(Id, name, Wasm)                                                         \
  JSINTEROP_RUNTIME_IMPORT("box_" #name) i32 box_##name(Wasm value);                            \
  JSINTEROP_RUNTIME_IMPORT("unbox_" #name) Wasm unbox_##name(i32 h);                            \
  JSINTEROP_RUNTIME_IMPORT("fits_" #name) i32 fits_##name(i32 h);                               \
  JSINTEROP_RUNTIME_IMPORT("object_get_" #name) Wasm object_get_##name(i32 h, i32 k);           \
  JSINTEROP_RUNTIME_IMPORT("object_set_" #name) void object_set_##name(i32 h, i32 k, Wasm value); \
  JSINTEROP_RUNTIME_IMPORT("array_push_" #name) void array_push_##name(i32 h, Wasm value);      \
  template <> struct scalar<abi::wire_type::Id> {                                               \
    static constexpr auto box = &box_##name;                                                    \
    static constexpr auto unbox = &unbox_##name;                                                \
    static constexpr auto fits = &fits_##name;                                                  \
    static constexpr auto object_get = &object_get_##name;                                      \
    static constexpr auto object_set = &object_set_##name;                                      \
    static constexpr auto array_push = &array_push_##name;                                      \
  };
JSINTEROP_SCALAR(Bool, bool, i32)
JSINTEROP_SCALAR(Int8, int8, i32)
JSINTEROP_SCALAR(Uint8, uint8, i32)
JSINTEROP_SCALAR(Int16, int16, i32)
JSINTEROP_SCALAR(Uint16, uint16, i32)
JSINTEROP_SCALAR(Int32, int32, i32)
JSINTEROP_SCALAR(Uint32, uint32, i32)
JSINTEROP_SCALAR(Int64Number, int64_number, i64)
JSINTEROP_SCALAR(Uint64Number, uint64_number, i64)
JSINTEROP_SCALAR(Int64BigInt, int64_bigint, i64)
JSINTEROP_SCALAR(Uint64BigInt, uint64_bigint, i64)
JSINTEROP_SCALAR(Float32, float32, f32)
JSINTEROP_SCALAR(Float64, float64, f64)
JSINTEROP_SCALAR(IntPtr, intptr, i32)
JSINTEROP_SCALAR(Pointer, pointer, i32)
JSINTEROP_SCALAR(Char16, char16, i32)
JSINTEROP_SCALAR(Char16Number, char16_number, i32)
JSINTEROP_SCALAR(Date, date, f64)
#undef JSINTEROP_SCALAR

// Strings: box from (address, length); unbox into a slot.
JSINTEROP_RUNTIME_IMPORT("box_string") i32 box_string(i32 data, i32 length);
JSINTEROP_RUNTIME_IMPORT("unbox_string") void unbox_string(i32 h, i32 slot);
JSINTEROP_RUNTIME_IMPORT("fits_string") i32 fits_string(i32 h);
JSINTEROP_RUNTIME_IMPORT("box_u16string") i32 box_u16string(i32 data, i32 units);
JSINTEROP_RUNTIME_IMPORT("unbox_u16string") void unbox_u16string(i32 h, i32 slot);
JSINTEROP_RUNTIME_IMPORT("fits_u16string") i32 fits_u16string(i32 h);

// Handle types: unbox checks the value (ending the program on a misfit) and returns a new handle.
// An any needs neither: every value fits.
JSINTEROP_RUNTIME_IMPORT("unbox_object") i32 unbox_object(i32 h);
JSINTEROP_RUNTIME_IMPORT("fits_object") i32 fits_object(i32 h);
JSINTEROP_RUNTIME_IMPORT("unbox_error") i32 unbox_error(i32 h);
JSINTEROP_RUNTIME_IMPORT("fits_error") i32 fits_error(i32 h);

// Bulk copies between an Array and memory for vectors of memory-view elements.
template <abi::wire_type> struct memory_view {};
#define JSINTEROP_MEMORY_VIEW(Id, name)                                                          \
  JSINTEROP_RUNTIME_IMPORT("array_from_memory_" #name)                                          \
  i32 array_from_memory_##name(i32 data, i32 count);                                           \
  JSINTEROP_RUNTIME_IMPORT("array_to_memory_" #name) void array_to_memory_##name(i32 h, i32 data, i32 count); \
  template <> struct memory_view<abi::wire_type::Id> {                                          \
    static constexpr auto from_memory = &array_from_memory_##name;                              \
    static constexpr auto to_memory = &array_to_memory_##name;                                  \
  };
JSINTEROP_MEMORY_VIEW(Uint8, uint8)
JSINTEROP_MEMORY_VIEW(Int8, int8)
JSINTEROP_MEMORY_VIEW(Uint16, uint16)
JSINTEROP_MEMORY_VIEW(Int16, int16)
JSINTEROP_MEMORY_VIEW(Int32, int32)
JSINTEROP_MEMORY_VIEW(Uint32, uint32)
JSINTEROP_MEMORY_VIEW(Float32, float32)
JSINTEROP_MEMORY_VIEW(Float64, float64)
JSINTEROP_MEMORY_VIEW(Int64BigInt, int64_bigint)
JSINTEROP_MEMORY_VIEW(Uint64BigInt, uint64_bigint)
#undef JSINTEROP_MEMORY_VIEW

template <abi::wire_type Type>
concept memory_view_element = requires { memory_view<Type>::from_memory; };

} // namespace jsinterop::detail::intrinsics

#undef JSINTEROP_RUNTIME_IMPORT

#endif
