// #pragma clang attribute with a plugin attribute
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma clang attribute push ([[jsinterop::import("x")]], apply_to = function)
void f();
#pragma clang attribute pop
