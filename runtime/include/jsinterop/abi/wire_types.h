// The binding ABI shared by the plugin (host, C++17) and the C++ runtime (wasm32, C++20):
// its version and the wire types of wire_types.def. docs/design.md is the prose version.
#ifndef JSINTEROP_ABI_WIRE_TYPES_H
#define JSINTEROP_ABI_WIRE_TYPES_H

#include <cstddef>
#include <string_view>

namespace jsinterop::abi {

// Written into every binding descriptor; the JS runtime refuses a module whose version it does not
// know. Bump it on any change a runtime of the previous version would misread.
inline constexpr int version = 1;

// The wasm import module of every import the plugin writes.
inline constexpr std::string_view import_module = "jsinterop";

enum class wire_type {
#define JSINTEROP_WIRE_TYPE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm) Id,
#define JSINTEROP_WIRE_TEMPLATE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm) Id,
#include "jsinterop/abi/wire_types.def"
};

struct wire_type_info {
  std::string_view name;
  std::string_view js_type;
  std::string_view marshal_as;
  std::string_view cxx_types;
  std::string_view param_wasm;
  std::string_view result_wasm;
  bool is_template; // takes one wire type argument: Name<T>
};

inline constexpr wire_type_info wire_type_table[] = {
#define JSINTEROP_WIRE_TYPE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm) \
  {Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, false},
#define JSINTEROP_WIRE_TEMPLATE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm) \
  {Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, true},
#include "jsinterop/abi/wire_types.def"
};

constexpr const wire_type_info &info(wire_type type) {
  return wire_type_table[static_cast<std::size_t>(type)];
}

// A result that does not fit one wasm value travels through linear memory.
constexpr bool result_in_memory(wire_type type) { return info(type).result_wasm == "p"; }

// A wire type whose C++ value is its wasm value: C++'s own calling convention passes it, and JS
// does all the checking and converting (scalar_wire's to_wasm/from_wasm are plain casts for
// these). A binding whose every type crosses as itself is the C++ function itself, with no code
// written around it (docs/design.md, "Direct bindings").
constexpr bool crosses_as_itself(wire_type type) {
  switch (type) {
  case wire_type::Void: case wire_type::Bool:
  case wire_type::Int8: case wire_type::Uint8: case wire_type::Int16: case wire_type::Uint16:
  case wire_type::Int32: case wire_type::Uint32: case wire_type::IntPtr: case wire_type::Pointer:
  case wire_type::Int64Number: case wire_type::Uint64Number:
  case wire_type::Int64BigInt: case wire_type::Uint64BigInt:
  case wire_type::Float32: case wire_type::Float64:
  case wire_type::Char16: case wire_type::Char16Number:
    return true;
  default:
    return false;
  }
}

} // namespace jsinterop::abi

#endif
