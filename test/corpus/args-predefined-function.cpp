// __PRETTY_FUNCTION__
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
int g() { [[jsinterop::import(__PRETTY_FUNCTION__)]] int f(); return 0; }
