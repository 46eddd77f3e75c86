// err_view_result: a std::string_view, std::u16string_view or std::span result would refer to memory
// that is gone when the call returns (a parameter is fine); the message names what owns the values.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#include <jsinterop/jsinterop.h>
#include <span>
#include <string>
#include <string_view>

// CHECK: view-result.cpp:[[@LINE+1]]:23: error: the return value of 'greeting' is 'std::string_view' (aka 'basic_string_view<char>'), which would refer to memory that is gone when the call returns; return std::string
[[jsinterop::export]] std::string_view greeting() { return "hi"; } // expected-error {{the return value of 'greeting' is 'std::string_view' (aka 'basic_string_view<char>'), which would refer to memory that is gone when the call returns; return std::string}}
// CHECK: view-result.cpp:[[@LINE+1]]:32: error: the return value of 'title' is 'std::string_view'
[[jsinterop::import("title")]] std::string_view title(); // expected-error {{the return value of 'title' is 'std::string_view'}}
namespace ns {
using view = std::string_view;
// CHECK: view-result.cpp:[[@LINE+1]]:34: error: the return value of 'ns::aliased' is 'view'
[[jsinterop::import("aliased")]] view aliased(); // expected-error {{the return value of 'ns::aliased' is 'view' (aka 'basic_string_view<char>')}}
} // namespace ns
// CHECK: view-result.cpp:[[@LINE+1]]:31: error: the return value of 'wide' is 'std::u16string_view' {{.*}}; return std::u16string{{$}}
[[jsinterop::import("wide")]] std::u16string_view wide(); // expected-error {{the return value of 'wide' is 'std::u16string_view' (aka 'basic_string_view<char16_t>'), which would refer to memory that is gone when the call returns; return std::u16string}}
// CHECK: view-result.cpp:[[@LINE+1]]:32: error: the return value of 'maybe' is {{.*}}; return std::u16string{{$}}
[[jsinterop::import("maybe")]] jsinterop::result<std::u16string_view> maybe(); // expected-error {{the return value of 'maybe' is 'jsinterop::result<std::u16string_view>' (aka 'jsinterop::result<basic_string_view<char16_t>>'), which would refer to memory that is gone when the call returns; return std::u16string}}
// CHECK: view-result.cpp:[[@LINE+1]]:23: error: the return value of 'numbers' is 'std::span<int>', {{.*}}; return a std::vector or a jsinterop::array_segment{{$}}
[[jsinterop::export]] std::span<int> numbers(); // expected-error {{the return value of 'numbers' is 'std::span<int>', which would refer to memory that is gone when the call returns; return a std::vector or a jsinterop::array_segment}}

// Valid: a string result, and a string_view parameter.
[[jsinterop::export]] std::string owned(std::string_view name) { return std::string(name); }
[[jsinterop::import("log")]] void log(std::string_view text);
