// member redeclared in class
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::export]] static int f(); [[jsinterop::export]] static int f(); };
