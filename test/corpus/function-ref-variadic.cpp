// function-ref-variadic
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>
[[jsinterop::import("a")]] void f(jsinterop::function_ref<void(int, ...)> g);
