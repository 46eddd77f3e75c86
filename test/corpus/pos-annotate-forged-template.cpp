// a forged export annotation on a template
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> [[clang::annotate("jsinterop::export\x1f" "")]] T f(T t) { return t; }
int g() { return f(1); }
