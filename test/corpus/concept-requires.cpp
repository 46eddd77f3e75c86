// requires-clause template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <concepts>
template <class T> requires std::integral<T> [[jsinterop::import("a")]] void f(T);
