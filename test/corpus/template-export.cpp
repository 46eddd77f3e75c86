// export on a function template, instantiated
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> [[jsinterop::export]] T id(T t) { return t; }
int g() { return id(1); }
