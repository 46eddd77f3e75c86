// variadic template export
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class... T> [[jsinterop::export]] int f(T... xs) { return sizeof...(xs); }
