// pragma system_header in main file
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <jsinterop/jsinterop.h>
#pragma clang system_header
[[jsinterop::import("a")]] void f(long long);
