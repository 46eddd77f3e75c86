// attribute on a return statement
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
int g(int a) { [[jsinterop::export]] return a; }
