// defaulted special members
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::export]] S() = default; [[jsinterop::import("a")]] S(const S &) = default; [[jsinterop::export]] S &operator=(const S &) = default; };
