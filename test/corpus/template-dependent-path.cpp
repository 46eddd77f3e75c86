// dependent attribute argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <const char *P> struct S { [[jsinterop::import(P)]] static void f(); };
