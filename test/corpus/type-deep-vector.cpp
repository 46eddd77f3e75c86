// a vector 16 deep (compile time grows fast with the depth: a known limitation, not a hang at 16)
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<std::vector<int>>>>>>>>>>>>>>>> v);
