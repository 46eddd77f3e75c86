// unclosed namespace
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a {
[[jsinterop::export]] int f() { return 1; }
