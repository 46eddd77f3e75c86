// u16 literal
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(u"a")]] void f();
[[jsinterop::export(u"b")]] int g() { return 1; }
