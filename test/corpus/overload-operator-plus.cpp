// export of an operator
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct A {};
[[jsinterop::export]] int operator+(A, A) { return 0; }
