// atomics
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <atomic>
[[jsinterop::import("a")]] void f(_Atomic int a, std::atomic<int> b);
