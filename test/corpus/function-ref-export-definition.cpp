// function-ref-export-definition
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>
[[jsinterop::export]] int f(jsinterop::function_ref<int(int)> g) { return g(1); }
