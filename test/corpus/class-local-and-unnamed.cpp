// exported classes that are local or unnamed
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
int f() { struct [[jsinterop::export]] L { [[jsinterop::export]] int g() { return 1; } }; return 0; }
struct [[jsinterop::export]] { [[jsinterop::export]] int g() { return 1; } } unnamed;
namespace { struct [[jsinterop::export]] Hidden { [[jsinterop::export]] Hidden() = default; }; }
