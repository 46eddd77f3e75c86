// err_unsupported_type and note_supported_types: each parameter and the result must map to a wire
// type (wire_types.def). The error names the parameter ('#N' when unnamed) or "the return value"
// and is at the parameter's name or the return type; the note lists what jsinterop passes.
// The types below stay outside the table by API.md section 3 (pointers other than void*,
// long double, wchar_t, char32_t, classes of the user's own).
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>

// CHECK: unsupported-type.cpp:[[@LINE+2]]:50: error: parameter 'value' of 'log_pointer' has type 'int *', which jsinterop cannot pass to or from JS
// CHECK: unsupported-type.cpp:[[@LINE+1]]:50: note: jsinterop passes: bool; {{.*}}double{{.*}}std::string
[[jsinterop::import("f")]] void log_pointer(int *value); // expected-error {{parameter 'value' of 'log_pointer' has type 'int *', which jsinterop cannot pass to or from JS}} expected-note {{jsinterop passes: bool; }}
// CHECK: unsupported-type.cpp:[[@LINE+1]]:23: error: the return value of 'precise' has type 'long double', which jsinterop cannot pass to or from JS
[[jsinterop::export]] long double precise() { return 0; } // expected-error {{the return value of 'precise' has type 'long double', which jsinterop cannot pass to or from JS}} expected-note {{jsinterop passes: }}
[[jsinterop::import("g")]] void unnamed(int, wchar_t); // expected-error {{parameter '#2' of 'unnamed' has type 'wchar_t'}} expected-note {{jsinterop passes: }}
[[jsinterop::import("i")]] void text(const char *s); // expected-error {{parameter 's' of 'text' has type 'const char *'}} expected-note {{jsinterop passes: }}
[[jsinterop::import("j")]] void utf32(char32_t c, int ok, long double d); // expected-error {{parameter 'c' of 'utf32' has type 'char32_t'}} expected-error {{parameter 'd' of 'utf32' has type 'long double'}} expected-note 2 {{jsinterop passes: }}
struct Point { int x, y; };
[[jsinterop::import("l")]] Point where(); // expected-error {{the return value of 'where' has type 'Point'}} expected-note {{jsinterop passes: }}
[[jsinterop::import("m")]] void callback(void (*done)()); // expected-error {{parameter 'done' of 'callback' has type 'void (*)()'}} expected-note {{jsinterop passes: }}
namespace ns {
struct K {
  [[jsinterop::export]] static Point scale(Point by) { return by; } // expected-error {{parameter 'by' of 'ns::K::scale' has type 'Point'}} expected-error {{the return value of 'ns::K::scale' has type 'Point'}} expected-note 2 {{jsinterop passes: }}
};
} // namespace ns

// Valid: types of the table, by value and by const reference.
[[jsinterop::import("ok1")]] void ok1(bool a, int b, std::int32_t c, double d, std::string e, std::string_view f);
[[jsinterop::import("ok2")]] void ok2(const bool &a, const int &b, const double &c, const std::string &d, const std::string_view &e);
[[jsinterop::import("ok3")]] bool ok3();
[[jsinterop::import("ok4")]] int ok4();
[[jsinterop::import("ok5")]] double ok5();
[[jsinterop::import("ok6")]] std::string ok6();
[[jsinterop::export]] std::int32_t ok7(const int x) { return x; }
