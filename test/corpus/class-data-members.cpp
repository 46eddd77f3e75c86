// data members of every kind: const, static, reference, bit-field, array, anonymous union, mutable
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] D {
  [[jsinterop::export]] D() = default;
  [[jsinterop::export]] const int c = 1;
  [[jsinterop::export]] mutable int m = 0;
  [[jsinterop::export]] unsigned bits : 3 = 0;
  [[jsinterop::export]] std::optional<std::string> maybe;
  [[jsinterop::export]] std::vector<D> more;
};
struct [[jsinterop::export]] E {
  int &r;
  [[jsinterop::export]] int &ref() { return r; }
  [[jsinterop::export]] int array[3];
  [[jsinterop::export]] static int count;
  [[jsinterop::export]] union { int u; };
};
