// attribute near a label
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g() { l: [[jsinterop::export]]; goto l; }
