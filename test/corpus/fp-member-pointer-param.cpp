// bad marshal_as in a function pointer default argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { static int f(int); };
[[jsinterop::import("a")]] void g(int (*p)([[jsinterop::marshal_as("x")]] int) = &S::f);
