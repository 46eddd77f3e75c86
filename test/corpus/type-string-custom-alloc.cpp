// string and vector with a custom allocator
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct A : std::allocator<T> { template <class U> struct rebind { using other = A<U>; }; A() = default; template <class U> A(const A<U> &) {} };
using S = std::basic_string<char, std::char_traits<char>, A<char>>;
[[jsinterop::import("a")]] S f(const S &s);
[[jsinterop::import("b")]] void g(std::vector<int, A<int>> v);
S h() { return f(S("x")); }
