// err_attr_bad_path: a path is dotted, with non-empty segments and no spaces or control
// characters; the error points at the offending character of the literal.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#include <jsinterop/jsinterop.h>

// CHECK: bad-path.cpp:[[@LINE+1]]:22: error: '' is not a JS property path: it is empty
[[jsinterop::import("")]] void empty(); // expected-error {{'' is not a JS property path: it is empty}}
// CHECK: bad-path.cpp:[[@LINE+1]]:24: error: 'a..b' is not a JS property path: a segment before '.' is empty
[[jsinterop::import("a..b")]] void double_dot(); // expected-error {{'a..b' is not a JS property path: a segment before '.' is empty}}
// CHECK: bad-path.cpp:[[@LINE+1]]:22: error: '.a' is not a JS property path: a segment before '.' is empty
[[jsinterop::import(".a")]] void leading_dot(); // expected-error {{'.a' is not a JS property path: a segment before '.' is empty}}
// CHECK: bad-path.cpp:[[@LINE+1]]:23: error: 'a.' is not a JS property path: it ends with '.'
[[jsinterop::import("a.")]] void trailing_dot(); // expected-error {{'a.' is not a JS property path: it ends with '.'}}
// CHECK: bad-path.cpp:[[@LINE+1]]:29: error: 'console log' is not a JS property path: it contains a space
[[jsinterop::import("console log")]] void space(); // expected-error {{'console log' is not a JS property path: it contains a space}}
// Control characters are shown escaped, and a long path is cut.
// CHECK: bad-path.cpp:[[@LINE+1]]:23: error: 'a\09b' is not a JS property path: it contains a control character
[[jsinterop::import("a\tb")]] void tab(); // expected-error {{'a\09b' is not a JS property path: it contains a control character}}
// CHECK: bad-path.cpp:[[@LINE+1]]:102: error: '01234567890123456789012345678901234567890123456789012345678901234567890123456789...' is not a JS property path: it contains a space
[[jsinterop::import("01234567890123456789012345678901234567890123456789012345678901234567890123456789 end")]] void long_path(); // expected-error {{'01234567890123456789012345678901234567890123456789012345678901234567890123456789...' is not a JS property path: it contains a space}}
// CHECK: bad-path.cpp:[[@LINE+1]]:36: error: 'globalThis..x' is not a JS property path: a segment before '.' is empty
[[jsinterop::import("globalThis." ".x")]] void across_concatenation(); // expected-error {{'globalThis..x' is not a JS property path: a segment before '.' is empty}}
// The export name is a path too.
// CHECK: bad-path.cpp:[[@LINE+1]]:23: error: 'a.' is not a JS property path: it ends with '.'
[[jsinterop::export("a.")]] int bad_export() { return 1; } // expected-error {{'a.' is not a JS property path: it ends with '.'}}
// CHECK: bad-path.cpp:[[@LINE+1]]:22: error: '' is not a JS property path: it is empty
[[jsinterop::export("")]] int empty_export() { return 1; } // expected-error {{'' is not a JS property path: it is empty}}

// Valid paths.
[[jsinterop::import("log")]] void one_segment(int);
[[jsinterop::import("globalThis.console.log")]] void from_global_this(int);
[[jsinterop::import("a.b.c.d.e")]] void deep();
[[jsinterop::import("$jq._x1")]] void identifier_characters();
[[jsinterop::export("renamed")]] int good_export() { return 1; }
