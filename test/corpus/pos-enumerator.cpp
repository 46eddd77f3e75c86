// attribute on an enumerator
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
enum E { a [[jsinterop::export]] };
