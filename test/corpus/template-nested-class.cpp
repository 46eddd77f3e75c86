// member of a nested class of a template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct O { struct I { [[jsinterop::export]] static int f() { return 1; } }; };
int g() { return O<int>::I::f(); }
