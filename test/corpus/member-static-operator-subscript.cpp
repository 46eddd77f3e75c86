// static operator[] import
// corpus-flags: -fsyntax-only -std=c++23
// corpus-also: -c -O2 -std=c++23
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::import("x")]] static int operator[](int x); };
int g() { return S::operator[](1); }
