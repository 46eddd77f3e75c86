// the attribute from a macro, one bad
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define IMPORT(p) [[jsinterop::import(p)]]
IMPORT("a.b") void f();
IMPORT("") void g();
