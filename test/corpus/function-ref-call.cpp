// function-ref-call
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
[[jsinterop::import("a")]] int f(jsinterop::function_ref<int(int)> g, const jsinterop::function_ref<void()> &h);
int g() { int n = 0; return f([&](int x) { return x + n; }, [&] { ++n; }); }
