// err_attr_not_string: the path, the module name and the marshal_as type are string literals.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import(42)]] void number_path(); // expected-error {{argument 1 of 'jsinterop::import' must be a string literal}}
[[jsinterop::import("f", 7)]] void number_module(); // expected-error {{argument 2 of 'jsinterop::import' must be a string literal}}
[[jsinterop::import(u"f")]] void utf16_path(); // expected-error {{argument 1 of 'jsinterop::import' must be a string literal}}
[[jsinterop::import(L"f")]] void wide_path(); // expected-error {{argument 1 of 'jsinterop::import' must be a string literal}}
[[jsinterop::import("f", U"M")]] void utf32_module(); // expected-error {{argument 2 of 'jsinterop::import' must be a string literal}}
[[jsinterop::export(1.5)]] int number_name() { return 1; } // expected-error {{argument 1 of 'jsinterop::export' must be a string literal}}
[[jsinterop::import("g")]] int g([[jsinterop::marshal_as(3)]] int x); // expected-error {{argument 1 of 'jsinterop::marshal_as' must be a string literal}}
[[jsinterop::import(("f"))]] void parenthesized(); // valid: parentheses are looked through
[[jsinterop::import(nullptr)]] void null_path(); // expected-error {{argument 1 of 'jsinterop::import' must be a string literal}}

// Valid: ordinary and UTF-8 literals, concatenation.
[[jsinterop::import("f")]] void ordinary();
[[jsinterop::import(u8"f", u8"M")]] void utf8();
[[jsinterop::import("globalThis." "console." "log")]] void concatenated(int);
[[jsinterop::export("name")]] int named() { return 1; }
