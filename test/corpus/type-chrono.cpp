// chrono types
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <chrono>
[[jsinterop::import("a")]] std::chrono::system_clock::time_point f(std::chrono::steady_clock::time_point a, std::chrono::milliseconds b);
