// vector extension type
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
typedef int v4 __attribute__((vector_size(16)));
[[jsinterop::import("a")]] void f(v4 a);
