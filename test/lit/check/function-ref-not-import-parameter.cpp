// err_function_ref_not_import_parameter: a jsinterop::function_ref lends a callable for one import
// call, so it is valid only as an import's parameter: not an export's, not a result, not inside
// another type.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>

using jsinterop::function_ref;

[[jsinterop::import("a")]] void ok(function_ref<void(int)> f, const function_ref<int()> &g);

[[jsinterop::export]] void taken(function_ref<void()> f) {} // expected-error {{parameter 'f' of 'taken' is a jsinterop::function_ref, which lends a C++ callable to JS for one import call only; an export receives JS functions as std::function}}
[[jsinterop::import("b")]] function_ref<void()> returned(); // expected-error {{the return value of 'returned' is a jsinterop::function_ref, which lends a C++ callable to JS for one import call only; return a std::function}}
[[jsinterop::import("c")]] void nested(std::function<void(function_ref<void()>)> f); // expected-error {{parameter 'f' of 'nested' has 'jsinterop::function_ref<void ()>' as a parameter of a callback, which jsinterop does not support}}
