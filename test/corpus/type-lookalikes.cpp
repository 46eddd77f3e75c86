// classes named like supported ones
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace my { struct string {}; template <class T> struct optional {}; template <class T> struct vector {}; }
namespace other::jsinterop { struct object {}; }
[[jsinterop::import("a")]] void f(my::string a, my::optional<int> b, my::vector<int> c, other::jsinterop::object d);
