// constrained auto parameter
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <concepts>
[[jsinterop::export]] int f(std::integral auto x) { return x; }
