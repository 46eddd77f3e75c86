// exported class templates and members of templates
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
template <class T> struct [[jsinterop::export]] S { [[jsinterop::export]] T get() const { return T(); } };
template struct S<int>;
template <class T> struct P { [[jsinterop::export]] void f() {} [[jsinterop::export]] static int g() { return 1; } };
template struct P<int>;
struct [[jsinterop::export]] M { template <class T> [[jsinterop::export]] int f(T) { return 1; } };
