// custom char traits
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct T : std::char_traits<char> {};
[[jsinterop::import("a")]] void f(std::basic_string<char, T> s, std::basic_string_view<char, T> v);
