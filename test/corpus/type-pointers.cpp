// pointers of every kind
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S {};
[[jsinterop::import("a")]] void f(void *a, const void *b, void **c, int S::*d, void (S::*e)(), void (&g)(), std::nullptr_t h, volatile void *i);
