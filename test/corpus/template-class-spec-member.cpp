// export in an explicit class template specialization
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class T> struct S;
template <> struct S<int> { [[jsinterop::export]] static int f() { return 1; } };
