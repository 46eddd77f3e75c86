// attribute in the lambda declarator (type position)
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
auto l = []() [[jsinterop::export]] { return 1; };
