// a class derived from std::string
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct My : std::string {};
[[jsinterop::import("a")]] void f(My s);
[[jsinterop::export]] My g() { return {}; }
