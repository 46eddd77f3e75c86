// import on a parameter of a function pointer
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void f(void (*cb)([[jsinterop::import("x")]] int));
