// dependent parameter type
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S { [[jsinterop::import("x")]] static void f(typename T::type); };
struct A { using type = int; };
void g() { S<A>::f(1); }
