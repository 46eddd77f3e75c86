// import on a friend in a class template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S { [[jsinterop::import("f")]] friend void f(S); };
void g() { f(S<int>()); }
