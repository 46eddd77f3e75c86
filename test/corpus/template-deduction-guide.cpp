// attribute on a deduction guide
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S { S(T); };
[[jsinterop::export]] S(int) -> S<int>;
