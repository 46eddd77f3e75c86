// import in a local class
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
int g() { struct L { [[jsinterop::import("x")]] static int f(); }; return L::f(); }
