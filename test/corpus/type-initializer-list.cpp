// initializer_list
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <initializer_list>
[[jsinterop::import("a")]] void f(std::initializer_list<int> a);
