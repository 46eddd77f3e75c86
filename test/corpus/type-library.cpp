// library types
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] jsinterop::object f(jsinterop::any a, jsinterop::js_error e, const jsinterop::object &o);
[[jsinterop::export]] jsinterop::any g(jsinterop::object o) { return {}; }
