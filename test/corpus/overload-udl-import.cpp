// import of a string literal operator
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("x")]] int operator""_w(const char *s, std::size_t n);
