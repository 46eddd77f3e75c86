// one extern C function imported twice from two namespaces
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" [[jsinterop::import("a")]] void f(int);
namespace n { extern "C" [[jsinterop::import("b")]] void f(int); }
