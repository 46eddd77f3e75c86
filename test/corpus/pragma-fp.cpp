// floating-point pragmas
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma STDC FP_CONTRACT ON
#pragma float_control(precise, on)
[[jsinterop::export]] double f(double a) { return a * a + a; }
