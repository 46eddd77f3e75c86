// an exported class named by an export inside its own definition
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] Node {
  [[jsinterop::export]] Node() = default;
  [[jsinterop::export]] Node child() const { return Node(); }
  [[jsinterop::export]] static Node make() { return Node(); }
  [[jsinterop::export]] std::vector<Node> children() const { return {}; }
};
