// aliases, decltype and typeof
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
using Str = std::string;
typedef std::optional<int> OptInt;
template <class T> using Vec = std::vector<T>;
[[jsinterop::import("a")]] OptInt f(const Str &a, Vec<Str> b, decltype(1.0) c, __typeof__(true) d);
