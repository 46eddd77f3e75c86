// incomplete types in an export definition
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct Fwd;
[[jsinterop::export]] void f(Fwd a) {}
[[jsinterop::export]] Fwd g() {}
