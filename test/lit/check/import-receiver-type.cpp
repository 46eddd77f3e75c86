// err_import_receiver_type: the receiver of a method, getter or setter import is the JS value itself:
// jsinterop::object, a typed handle, jsinterop::any or a string. A type that crosses as a copy (an
// array) or a number would call JS on a value C++ never sees again.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>

[[jsinterop::import("push"), jsinterop::method]] void push(std::vector<int> list, int value); // expected-error {{the receiver of method import 'push' has type 'std::vector<int>', which crosses as array<int32>: a receiver is a jsinterop::object, a typed handle, jsinterop::any or a string, the JS value itself}}
[[jsinterop::import("toFixed"), jsinterop::method]] std::string fixed(double value, int digits); // expected-error {{the receiver of method import 'fixed' has type 'double', which crosses as float64}}
[[jsinterop::import("length"), jsinterop::getter]] int length(std::vector<double> values); // expected-error {{the receiver of getter import 'length' has type 'std::vector<double>', which crosses as array<float64>}}
[[jsinterop::import("x"), jsinterop::setter]] void set_x(bool flag, int x); // expected-error {{the receiver of setter import 'set_x' has type 'bool', which crosses as bool}}

// Valid receivers.
[[jsinterop::import("toUpperCase"), jsinterop::method]] std::string upper(std::string_view text);
[[jsinterop::import("then"), jsinterop::method]] void then(jsinterop::any value, jsinterop::object f);
[[jsinterop::import("length"), jsinterop::getter]] int length_of(const std::u16string &text);
