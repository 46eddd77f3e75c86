// unnamed enum type
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
enum { A } e;
[[jsinterop::import("a")]] void f(decltype(e) a);
