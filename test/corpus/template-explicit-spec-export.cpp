// export on an explicit specialization
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> int f(T) { return 0; }
template <> [[jsinterop::export]] int f<int>(int x) { return x; }
