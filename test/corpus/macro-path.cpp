// path from a macro
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define PATH "console.log"
[[jsinterop::import(PATH)]] void f(std::string_view);
