// err_view_inside: a string view or a span inside a vector, an optional or a callback would have to
// be stored past the call; a view as the whole parameter is fine (err_view_result covers results).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

[[jsinterop::import("a")]] void names(std::vector<std::string_view> names); // expected-error {{parameter 'names' of 'names' holds 'std::string_view', a view that cannot be stored; use std::string or std::u16string}}
[[jsinterop::import("b")]] void maybe(std::optional<std::string_view> name); // expected-error {{parameter 'name' of 'maybe' holds 'std::string_view', a view that cannot be stored}}
[[jsinterop::import("c")]] void maybe16(const std::optional<std::u16string_view> &name); // expected-error {{parameter 'name' of 'maybe16' holds 'std::u16string_view', a view that cannot be stored}}
[[jsinterop::import("d")]] std::vector<std::string_view> listed(); // expected-error {{the return value of 'listed' holds 'std::string_view', a view that cannot be stored}}
[[jsinterop::import("e")]] void spans(std::vector<std::span<int>> chunks); // expected-error {{parameter 'chunks' of 'spans' holds 'std::span<int>', a view that cannot be stored}}
namespace ns {
struct S {
  [[jsinterop::export]] static void keep(std::vector<std::string_view>) {} // expected-error {{parameter '#1' of 'ns::S::keep' holds 'std::string_view'}}
};
} // namespace ns

// Valid: the view is the whole parameter (valid during the call), or the element is owned.
[[jsinterop::import("ok1")]] void ok1(std::string_view a, std::u16string_view b, std::span<int> c);
[[jsinterop::import("ok2")]] void ok2(std::vector<std::string> a, std::optional<std::u16string> b);
[[jsinterop::import("ok3")]] std::vector<std::string> ok3();
[[jsinterop::export]] std::optional<std::string> ok4(const std::vector<std::string> &v) { return v.empty() ? std::nullopt : std::optional<std::string>(v[0]); }
