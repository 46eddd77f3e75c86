// a type as argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(int)]] void f();
[[jsinterop::marshal_as(double)]] int g();
