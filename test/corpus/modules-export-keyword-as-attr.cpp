// export keyword without a module
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
export [[jsinterop::export]] int f() { return 1; }
