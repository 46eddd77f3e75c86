// static member of a class template, extern template and explicit instantiation
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S { [[jsinterop::export]] static int f() { return 1; } };
extern template struct S<int>;
template struct S<double>;
