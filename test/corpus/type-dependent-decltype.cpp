// dependent decltype result
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S { [[jsinterop::import("a")]] static decltype(T() + 1) f(); };
