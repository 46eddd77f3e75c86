// marshal_as on members and fields of classes and value objects
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] M {
  [[jsinterop::export, jsinterop::marshal_as("bigint")]] std::int64_t big() const { return 1; }
  [[jsinterop::export]] std::int64_t needs() const { return 1; }
  [[jsinterop::export]] void set([[jsinterop::marshal_as("number")]] std::int64_t v) {}
  [[jsinterop::export]] std::int64_t field = 0;
};
struct [[jsinterop::value_object]] V { [[jsinterop::marshal_as("number")]] std::int64_t id; };
[[jsinterop::export, jsinterop::marshal_as("object")]] M wrong() { return M(); }
