// import declared in a lambda body
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g() { auto l = [] { [[jsinterop::import("x")]] void f(); f(); }; l(); }
