// attribute on an extern template declaration
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> T id(T t) { return t; }
extern template [[jsinterop::export]] int id<int>(int);
