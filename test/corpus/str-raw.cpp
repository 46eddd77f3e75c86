// raw literals
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(R"(console.log)")]] void f(std::string_view);
[[jsinterop::import(R"x(a."b")x")]] void g();
