// import named sqrt (a builtin)
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" [[jsinterop::import("Math.sqrt")]] double sqrt(double);
double g() { return sqrt(4.0); }
