// attribute after the lambda introducer
// corpus-flags: -fsyntax-only -std=c++23
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
auto l = [] [[jsinterop::export]] () { return 1; };
