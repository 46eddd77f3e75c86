// Which wire type (wire_types.def) a C++ parameter or result type crosses as, given its marshal_as,
// or why it cannot.
#ifndef JSINTEROP_PLUGIN_TYPEMAP_H
#define JSINTEROP_PLUGIN_TYPEMAP_H

#include "BindingAttr.h"
#include "JSType.h"
#include "jsinterop/abi/wire_types.h"

#include "clang/AST/Type.h"

#include <optional>
#include <string>
#include <vector>

namespace jsinterop {

// Field: a value object's data member, which crosses as an element of a container does.
enum class Position { Parameter, Result, Field };

// A wire type as descriptors spell it: a name, or a template applied to wire types
// (optional<int32>, function<string, int32, void>).
struct Wire {
  abi::wire_type Type;
  std::vector<Wire> Args;
  std::string Class; // instance<C>, instance_or_null<C>, value_object<C>: the class's JS path

  std::string spelling() const;
  const abi::wire_type_info &info() const { return abi::info(Type); }
};

// How the 64-bit integers (and char16_t) inside a type cross, as marshal_as chose; the lowering
// passes it to the C++ runtime as abi::as_number<T> or abi::as_bigint<T>.
enum class LeafMode { Default, Number, BigInt };

struct Rejection {
  enum Kind {
    Unsupported,       // not in the type table
    Reference,         // a non-const reference, an rvalue reference, or a reference result
    ViewResult,        // a view (string_view, span) as a result would dangle
    ViewInside,        // a view inside optional<> or vector<>
    NeedsMarshalAs,    // a 64-bit integer without marshal_as("number") or ("bigint")
    MarshalAsMismatch, // the marshal_as does not fit the type
    MemoryViewElement, // span<E> or array_segment<E> of an E that no typed array holds
    ResultPosition,    // result<T> anywhere but as the return type
    ResultOfCallable,  // result<task<T>> or result<function>: Type is the task or the function
    NestedOptional,    // optional<optional<T>>: JS has one null
    TooDeep,           // templates nested deeper than MaxNesting
    NotHere,           // valid elsewhere, not in this place (Expected says where)
    HandleWithState,   // a typed handle (derived from jsinterop::object) with data of its own
  };
  Kind What;
  clang::QualType Type;    // the offending (inner) type
  std::string MarshalAs;   // MarshalAsMismatch: what was written
  std::string Expected;    // MarshalAsMismatch: what fits; NotHere: the place
};

// How many templates (optional, vector, task, function, result) may nest around a type. The
// runtime's marshalling instantiates libc++ templates for every level, whose compile time grows
// much faster than the depth; no JS interface needs more.
inline constexpr unsigned MaxNesting = 8;

struct Classification {
  std::optional<Wire> Result;
  LeafMode Mode = LeafMode::Default;
  std::optional<Rejection> Why;
};

// MarshalAs is the parsed marshal_as of the parameter or of the function (for its result), or null.
Classification classify(clang::QualType Type, Position Where, const JSType *MarshalAs);

// The marshal_as that makes Type's 64-bit integers cross as `Leaf` ("number" or "bigint"):
// "number", "array<number>", ... For the fix-its of NeedsMarshalAs.
std::string marshalAsFor(clang::QualType Type, std::string_view Leaf);

// T of jsinterop::result<T> (std::expected<T, jsinterop::js_error> in C++23); null for another type.
clang::QualType resultValueType(clang::QualType Type);

// A typed handle: a class derived publicly from jsinterop::object (it crosses as its JS object).
bool isTypedHandleClass(const clang::CXXRecordDecl *Class);

// jsinterop::function_ref<Sig> (or a reference to one): a callable lent to JS for one import call.
bool isFunctionRef(clang::QualType Type);

// std::string_view or std::u16string_view (std::basic_string_view<C>), however it is spelled.
bool isStringView(clang::QualType Type);

// The C++ types of the type table, for the note that follows a rejection.
std::string supportedTypes();

} // namespace jsinterop

#endif
