// an exported class whose destructor is private, and a deleted one
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] A { private: ~A() = default; };
struct [[jsinterop::export]] B { ~B() = delete; [[jsinterop::export]] B() = default; };
