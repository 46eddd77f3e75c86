// err_instance_not_copyable: where an instance of an exported class crosses by copy, the class has a
// public copy constructor: an export's parameter taken by value (JS keeps its instance, C++ gets a
// copy); an instance inside a vector, an optional, a task or a callback (boxed and taken as copies);
// an import's parameter (JS gets its own copy) or result (C++ copies the instance JS returns).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <vector>

namespace io {
class [[jsinterop::export]] File {
public:
  [[jsinterop::export]] File() = default;
  File(const File &) = delete;
  File(File &&) = default;
  [[jsinterop::export]] void swap(File other) {} // expected-error {{parameter 'other' of 'io::File::swap' copies a 'io::File' (an export's parameter taken by value), which has no public copy constructor: take it by reference, which borrows the instance JS passes}}

  // Valid: borrowed by the receiver, a reference or a pointer; an instance result is built in place.
  [[jsinterop::export]] File reopen() const { return File(); }
  [[jsinterop::export]] static File open() { return File(); }
  [[jsinterop::export]] bool same(const File &other) const { return &other == this; }
};
class [[jsinterop::export]] Locked {
public:
  [[jsinterop::export]] Locked() = default;

private:
  Locked(const Locked &) = default;
};
} // namespace io
using io::File;

// An export's parameter taken by value.
[[jsinterop::export]] void close(File f) {} // expected-error {{parameter 'f' of 'close' copies a 'io::File' (an export's parameter taken by value), which has no public copy constructor: take it by reference}}
[[jsinterop::export]] void unlock(io::Locked l) {} // expected-error {{parameter 'l' of 'unlock' copies a 'io::Locked' (an export's parameter taken by value), which has no public copy constructor}}

// Inside a container, a task or a callback, in either direction.
[[jsinterop::export]] std::vector<File> all() { return {}; } // expected-error {{the return value of 'all' copies a 'io::File' (an instance inside a container, a task or a callback), which has no public copy constructor}}
[[jsinterop::export]] void maybe_close(std::optional<File> f) {} // expected-error {{parameter 'f' of 'maybe_close' copies a 'io::File' (an instance inside a container, a task or a callback), which has no public copy constructor}}
[[jsinterop::export]] jsinterop::task<File> open_later(); // expected-error {{the return value of 'open_later' copies a 'io::File' (an instance inside a container, a task or a callback)}}
[[jsinterop::export]] void each(std::function<void(const File &)> visit) {} // expected-error {{parameter 'visit' of 'each' copies a 'io::File' (an instance inside a container, a task or a callback)}}
[[jsinterop::import("later")]] jsinterop::task<File> make_later(); // expected-error {{the return value of 'make_later' copies a 'io::File' (an instance inside a container, a task or a callback)}}
[[jsinterop::import("factory")]] void factory(std::function<File()> make); // expected-error {{parameter 'make' of 'factory' copies a 'io::File' (an instance inside a container, a task or a callback)}}

// An import's parameter or result.
[[jsinterop::import("show")]] void show(File f); // expected-error {{parameter 'f' of 'show' copies a 'io::File' (an import's parameter or result), which has no public copy constructor}}
[[jsinterop::import("look")]] void look(const File &f); // expected-error {{parameter 'f' of 'look' copies a 'io::File' (an import's parameter or result), which has no public copy constructor}}
[[jsinterop::import("make")]] File make(); // expected-error {{the return value of 'make' copies a 'io::File' (an import's parameter or result), which has no public copy constructor}}

// Valid: an export borrows through T&, const T& and T*, and returns a T built in place.
[[jsinterop::export]] void borrow(File &a, const File &b, File *c, const File *d) {}
[[jsinterop::export]] File create() { return File(); }
// Valid: an export's result<T> moves its value into the new instance (File can be moved).
[[jsinterop::export]] jsinterop::result<File> try_create() { return File(); }
