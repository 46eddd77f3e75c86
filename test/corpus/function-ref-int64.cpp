// function-ref-int64
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>
[[jsinterop::import("a")]] void f(jsinterop::function_ref<long long(long long)> g);
void g() { f([](long long x) { return x; }); }
