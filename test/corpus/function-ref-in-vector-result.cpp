// function-ref-in-vector-result
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>
[[jsinterop::import("a")]] std::vector<jsinterop::function_ref<int()>> f();
