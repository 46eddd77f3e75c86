// import on a static member of a class template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S { [[jsinterop::import("x")]] static void f(T); };
void g() { S<int>::f(1); }
