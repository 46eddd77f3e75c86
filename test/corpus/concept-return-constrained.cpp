// constrained deduced return
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <concepts>
[[jsinterop::export]] std::integral auto f() { return 1; }
