// The marshal_as type grammar, as .NET's JSType:
//   type := boolean | number | bigint | string | date | object | error | any | void | discard
//         | memory_view | promise<type> | array<type> | function<type, ..., type>
// Whitespace may surround every token. Host-only code with no Clang dependency, so that the
// unit tests exercise it directly.
#ifndef JSINTEROP_PLUGIN_JSTYPE_H
#define JSINTEROP_PLUGIN_JSTYPE_H

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace jsinterop {

enum class JSTypeKind {
  Boolean, Number, BigInt, String, Date, Object, Error, Any, Void, Discard, MemoryView,
  Promise, Array, Function,
};

struct JSType {
  JSTypeKind Kind;
  std::vector<JSType> Arguments; // promise and array: one; function: parameters then result

  std::string spelling() const;
  bool operator==(const JSType &Other) const {
    return Kind == Other.Kind && Arguments == Other.Arguments;
  }
};

struct JSTypeError {
  std::size_t Offset; // the byte of the marshal_as string the error points at
  std::string Message;
};

std::variant<JSType, JSTypeError> parseJSType(std::string_view Text);

// The keyword of a kind, as written in marshal_as.
std::string_view keyword(JSTypeKind Kind);

} // namespace jsinterop

#endif
