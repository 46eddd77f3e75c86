// constrained member of a class template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <concepts>
template <class T> struct S { [[jsinterop::export]] static int f() requires std::integral<T> { return 1; } };
int g() { return S<int>::f(); }
