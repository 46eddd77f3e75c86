// abbreviated function template
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int f(auto x) { return x; }
int g() { return f(1); }
