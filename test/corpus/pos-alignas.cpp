// alignas with the attribute
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
alignas(4) [[jsinterop::import("x")]] void f();
