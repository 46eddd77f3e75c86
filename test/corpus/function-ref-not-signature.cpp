// function-ref-not-signature
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>
[[jsinterop::import("a")]] void f(jsinterop::function_ref<int> g);
