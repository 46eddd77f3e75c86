// incomplete types
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct Fwd;
[[jsinterop::import("a")]] void f(Fwd a);
[[jsinterop::import("b")]] Fwd g();
[[jsinterop::import("c")]] void h(const Fwd &a);
[[jsinterop::import("d")]] void i(std::vector<Fwd> *a);
