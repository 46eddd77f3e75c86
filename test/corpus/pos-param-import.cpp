// import on a parameter
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void f([[jsinterop::import("x")]] int a);
