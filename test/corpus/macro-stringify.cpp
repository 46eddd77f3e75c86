// stringified path with a space (error inside a macro expansion)
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define STR(x) #x
#define IMPORT(p) [[jsinterop::import(STR(p))]]
IMPORT(a.b c) void f();
