// incomplete template specializations
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct Fwd;
[[jsinterop::import("a")]] void f(Fwd<int> a);
[[jsinterop::import("b")]] void g(std::optional<Fwd<int>> a);
