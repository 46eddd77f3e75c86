// err_accessor_shape: an exported member function marked jsinterop::getter is read as a property
// (obj.size): it takes no parameter and returns the value; one marked jsinterop::setter is written
// (obj.size = 3): it takes the value and returns void.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>

struct [[jsinterop::export]] Box {
  [[jsinterop::export, jsinterop::getter]] int at(int i) const { return i; } // expected-error {{a getter takes no parameter and returns the property's value; 'Box::at' takes 1 parameter}}
  [[jsinterop::export, jsinterop::getter]] int between(int a, int b) const { return a; } // expected-error {{a getter takes no parameter and returns the property's value; 'Box::between' takes 2 parameters}}
  [[jsinterop::export, jsinterop::getter]] void nothing() const {} // expected-error {{a getter takes no parameter and returns the property's value; 'Box::nothing' returns void}}
  [[jsinterop::export, jsinterop::setter]] void clear() {} // expected-error {{a setter takes the value to write and returns void; 'Box::clear' takes no parameter}}
  [[jsinterop::export, jsinterop::setter]] void put(int i, int value) {} // expected-error {{a setter takes the value to write and returns void; 'Box::put' takes 2 parameters}}
  [[jsinterop::export, jsinterop::setter]] int resize(int size) { return size; } // expected-error {{a setter takes the value to write and returns void; 'Box::resize' returns int}}
  [[jsinterop::export, jsinterop::setter]] std::string rename(std::string name) { return name; } // expected-error {{a setter takes the value to write and returns void; 'Box::rename' returns std::string}}

  // Valid: a getter, a setter, a getter/setter pair, a getter of a non-const member function.
  [[jsinterop::export, jsinterop::getter]] int size() const { return 0; }
  [[jsinterop::export, jsinterop::setter]] void capacity(int) {}
  [[jsinterop::export("name"), jsinterop::getter]] std::string name() const { return ""; }
  [[jsinterop::export("name"), jsinterop::setter]] void set_name(const std::string &) {}
  [[jsinterop::export, jsinterop::getter]] int next() { return 1; }
};
