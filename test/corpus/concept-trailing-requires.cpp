// trailing requires-clause
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <concepts>
template <class T> [[jsinterop::export]] int f(T t) requires std::integral<T> { return t; }
int g() { return f(1); }
