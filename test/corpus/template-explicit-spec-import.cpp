// import on an explicit specialization
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> void f(T);
template <> [[jsinterop::import("f")]] void f<int>(int);
void g() { f(1); }
