// defaulted comparison
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { int a; [[jsinterop::export]] friend bool operator==(const S &, const S &) = default; };
