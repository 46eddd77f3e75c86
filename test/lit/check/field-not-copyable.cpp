// err_field_not_copyable: a data member whose type holds an instance of an exported class is copied
// where it crosses: JS reads an exported data member as a copy, and a value object's fields are copied
// into the plain object JS gets. Such a class needs a public copy constructor.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <optional>
#include <vector>

namespace io {
class [[jsinterop::export]] File {
public:
  [[jsinterop::export]] File() = default;
  File(const File &) = delete;
  File(File &&) = default;
  File &operator=(File &&) = default;
};
class [[jsinterop::export]] Path {
public:
  [[jsinterop::export]] Path() = default;
};
} // namespace io

struct [[jsinterop::export]] Directory {
  [[jsinterop::export]] Directory() {}
  [[jsinterop::export]] io::File index; // expected-error {{data member 'index' of 'Directory' is a copy of a 'io::File', which has no public copy constructor: JS reads the property as a copy}}
  [[jsinterop::export]] std::vector<io::File> files; // expected-error {{data member 'files' of 'Directory' is a copy of a 'io::File', which has no public copy constructor: JS reads the property as a copy}}
  [[jsinterop::export]] io::Path path; // valid: copyable
  io::File handle; // valid: not exported
};

struct [[jsinterop::value_object]] Listing {
  io::File first; // expected-error {{data member 'first' of 'Listing' is a copy of a 'io::File', which has no public copy constructor: a value object's fields are copied}}
  std::optional<io::File> last; // expected-error {{data member 'last' of 'Listing' is a copy of a 'io::File', which has no public copy constructor: a value object's fields are copied}}
  io::Path where; // valid: copyable
};
