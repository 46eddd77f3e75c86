// template template parameter
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <template <class> class C> [[jsinterop::export]] int f() { return 0; }
