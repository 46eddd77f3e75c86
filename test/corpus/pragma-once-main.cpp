// #pragma once in the main file
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma once
[[jsinterop::import("a")]] void f();
