// export in a partial specialization
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T, class U> struct S;
template <class T> struct S<T, int> { [[jsinterop::export]] static int f() { return 1; } };
int g() { return S<char, int>::f(); }
