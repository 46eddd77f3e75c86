// Which wire type (wire_types.def) a C++ parameter or result type crosses as, or why it cannot.
#ifndef JSINTEROP_PLUGIN_TYPEMAP_H
#define JSINTEROP_PLUGIN_TYPEMAP_H

#include "jsinterop/abi/wire_types.h"

#include "clang/AST/Type.h"

#include <optional>
#include <string>

namespace jsinterop {

enum class Position { Parameter, Result };

enum class Rejection {
  None,
  Unsupported, // not in the type table
  Reference,   // a non-const reference, an rvalue reference, or a reference result
  ViewResult,  // a view (std::string_view) as a result would dangle
};

struct Classification {
  std::optional<abi::wire_type> Wire;
  Rejection Why = Rejection::None;
};

Classification classify(const clang::ASTContext &Ctx, clang::QualType Type, Position Where);

// The C++ types of the type table, for the note that follows a rejection.
std::string supportedTypes();

} // namespace jsinterop

#endif
