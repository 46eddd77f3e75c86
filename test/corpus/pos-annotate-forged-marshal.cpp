// a forged marshal_as annotation with a bad type
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f([[clang::annotate("jsinterop::marshal_as\x1f" "array<")]] std::int64_t v);
