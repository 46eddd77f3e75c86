// __func__ as the argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g() { [[jsinterop::import(__func__)]] void f(); }
