// An export attribute on the out-of-line definition of a static member function (its class
// declaration has none): the member is exported at its class's path, whether it is its own wasm
// export or goes through a record.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %exports %t.wasm | FileCheck %s
#include <jsinterop/jsinterop.h>
#include <string>

namespace app {
struct Api {
  static int twice(int x);
  static std::string shout(std::string text);
};
[[jsinterop::export]] int Api::twice(int x) { return 2 * x; }
[[jsinterop::export("loud")]] std::string Api::shout(std::string text) { return text + "!"; }
} // namespace app

// CHECK-DAG: {{^}}app.Api.twice{{$}}
// CHECK-DAG: {{^}}app.Api.loud{{$}}
