// reference results
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
int x;
[[jsinterop::export]] int &f() { return x; }
[[jsinterop::export]] const std::string &g() { static std::string s; return s; }
