// function template with default template argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T = int> [[jsinterop::export]] T zero() { return T(); }
