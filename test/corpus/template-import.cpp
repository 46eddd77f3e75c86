// import on a function template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> [[jsinterop::import("f")]] void f(T);
void g() { f(1); }
