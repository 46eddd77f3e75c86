// on a friend class
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct A;
struct S { [[jsinterop::export]] friend struct A; };
