// operator new (implicitly static)
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::export]] static void *operator new(unsigned long n) { return nullptr; } };
