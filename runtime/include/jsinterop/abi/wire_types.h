// The binding ABI shared by the plugin (host, C++17) and the C++ runtime (wasm32, C++20):
// its version and the wire types of wire_types.def. docs/design.md is the prose version.
#ifndef JSINTEROP_ABI_WIRE_TYPES_H
#define JSINTEROP_ABI_WIRE_TYPES_H

#include <cstddef>
#include <string_view>

namespace jsinterop::abi {

// Written into every binding descriptor; the JS runtime refuses a module whose version it does not
// know. Bump it on any change a runtime of the previous version would misread.
inline constexpr int version = 3;

// The wasm import module of every import the plugin writes.
inline constexpr std::string_view import_module = "jsinterop";

// The custom section that holds the descriptors, one line `<name> <descriptor>` per binding, where
// <name> names the binding's wasm import (module import_module), its wasm export (prefixed with
// export_prefix) or its export record.
inline constexpr std::string_view descriptor_section = "jsinterop.bindings";
inline constexpr std::string_view export_prefix = "jsinterop_";

enum class wire_type {
#define JSINTEROP_WIRE_TYPE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, Direct, TsType, TsArgument) Id,
#define JSINTEROP_WIRE_TEMPLATE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, Direct, TsType, TsArgument) Id,
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
  bool direct;      // the C++ value is its wasm value (the Direct column)
};

inline constexpr wire_type_info wire_type_table[] = {
#define JSINTEROP_WIRE_TYPE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, Direct, TsType, TsArgument) \
  {Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, false, sizeof(Direct) > 1},
#define JSINTEROP_WIRE_TEMPLATE(Id, Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, Direct, TsType, TsArgument) \
  {Name, JsType, MarshalAs, CxxTypes, ParamWasm, ResultWasm, true, sizeof(Direct) > 1},
#include "jsinterop/abi/wire_types.def"
};

constexpr const wire_type_info &info(wire_type type) {
  return wire_type_table[static_cast<std::size_t>(type)];
}

// A result that does not fit one wasm value travels through linear memory.
constexpr bool result_in_memory(wire_type type) { return info(type).result_wasm == "p"; }

// The Direct column: a binding whose every type crosses as itself needs no code around it.
constexpr bool crosses_as_itself(wire_type type) { return info(type).direct; }

} // namespace jsinterop::abi

#endif
