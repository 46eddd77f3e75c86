// template<> without a primary
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <> [[jsinterop::import("a")]] void f();
