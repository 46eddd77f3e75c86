// attribute on a namespace
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace [[jsinterop::export]] ns { int f(); }
