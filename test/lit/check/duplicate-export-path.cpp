// err_duplicate_export_path, note_exported_here: two exports of one file at one JS path.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

namespace app {
[[jsinterop::export]] int twice(int x) { return 2 * x; } // expected-note {{'app::twice' is exported here}}
[[jsinterop::export("twice")]] int double_it(int x) { return x + x; } // expected-error {{'app::double_it' is exported as 'app.twice', which 'app::twice' already is}}
struct Math {
  [[jsinterop::export]] static int twice(int x) { return 2 * x; } // a different path: app.Math.twice
};
} // namespace app

// Valid: the same name in two namespaces, or renamed apart.
namespace other {
[[jsinterop::export]] int twice(int x) { return 2 * x; }
[[jsinterop::export("twice_again")]] int twice2(int x) { return 2 * x; }
} // namespace other
