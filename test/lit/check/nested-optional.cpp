// err_nested_optional: std::optional<std::optional<T>> has two empty states and JS one null, at
// the top or inside a vector; an optional inside a vector inside an optional is fine.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <optional>
#include <string>
#include <vector>

[[jsinterop::import("a")]] std::optional<std::optional<int>> twice(); // expected-error {{the return value of 'twice' is an optional of an optional, which JS cannot tell apart (it has one null)}}
[[jsinterop::import("b")]] void take(const std::optional<std::optional<std::string>> &v); // expected-error {{parameter 'v' of 'take' is an optional of an optional, which JS cannot tell apart (it has one null)}}
[[jsinterop::import("c")]] void inside(std::vector<std::optional<std::optional<double>>> v); // expected-error {{parameter 'v' of 'inside' is an optional of an optional}}
using Maybe = std::optional<bool>;
[[jsinterop::export]] void aliased(std::optional<Maybe>) {} // expected-error {{parameter '#1' of 'aliased' is an optional of an optional}}

// Valid: one level of optional, with a vector between two optionals.
[[jsinterop::import("ok1")]] std::optional<int> ok1(std::optional<std::string> s);
[[jsinterop::import("ok2")]] void ok2(std::optional<std::vector<std::optional<int>>> v, std::vector<std::optional<double>> w);
[[jsinterop::export]] std::optional<std::vector<std::optional<std::string>>> ok3() { return std::nullopt; }
