// function-ref-in-optional
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>
[[jsinterop::import("a")]] void f(std::optional<jsinterop::function_ref<void()>> g);
